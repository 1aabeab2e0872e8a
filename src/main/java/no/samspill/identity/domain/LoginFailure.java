package no.samspill.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One failed login (or one attempt still being checked), kept in the database so throttling holds across restarts and nodes. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 254)
    private String email = "";

    /** Null only on rows from before addresses were kept. */
    @Column(name = "client_address", length = 45)
    private @Nullable String clientAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    protected LoginFailure() {
    }

    public LoginFailure(String email, String clientAddress, Instant occurredAt) {
        this.email = email;
        this.clientAddress = clientAddress;
        this.occurredAt = occurredAt;
    }
}
