package no.samspill.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A user of the tenant, or a named outside participant with their organisation. */
@Entity
@Table(name = "round_table_participant")
public class RoundTableParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "conference_id", nullable = false)
    private long conferenceId;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 200)
    private String organisation = "";

    protected RoundTableParticipant() {
    }

    public RoundTableParticipant(long conferenceId, @Nullable Long userId, String name, String organisation) {
        this.conferenceId = conferenceId;
        this.userId = userId;
        this.name = name;
        this.organisation = organisation;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }
}
