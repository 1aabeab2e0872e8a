package no.samspill.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One failed login, kept in the database so throttling holds across restarts and nodes. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    protected LoginFailure() {
    }

    public LoginFailure(String email, Instant occurredAt) {
        this.email = email;
        this.occurredAt = occurredAt;
    }
}
