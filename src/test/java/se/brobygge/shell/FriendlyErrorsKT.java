package se.brobygge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import se.brobygge.support.KaribuTest;

/** When the database is out of reach, people read what happened in their language, never a stack trace. */
class FriendlyErrorsKT extends KaribuTest {

    static CannotCreateTransactionException poolTimeout() {
        return new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms"));
    }

    @Test
    void aClickWhileTheDatabaseIsAwayShowsATranslatedMessage() {
        UI.getCurrent().navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(poolTimeout()));
        NotificationsKt.expectNotifications("Vi når inte vår databas just nu, så inget av det du gjorde sparades. "
                + "Försök igen om en liten stund.");
    }

    @Test
    void theMessageFollowsTheLanguage() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(poolTimeout()));
        NotificationsKt.expectNotifications("We cannot reach our database right now, so nothing of what you did was "
                + "saved. Please try again in a moment.");
    }

    @Test
    void aPageOpenedWhileTheDatabaseIsAwaySaysSoWith503() {
        ServiceUnavailableView page = new ServiceUnavailableView();
        UI.getCurrent().add(page);
        assertThat(page.setErrorParameter(null, null)).isEqualTo(503);
        assertThat(page.getChildren().filter(H1.class::isInstance).map(c -> ((H1) c).getText()))
                .containsExactly("Brobygge är tillfälligt otillgängligt");
    }

    @Test
    void otherErrorsAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causes(poolTimeout())).isTrue();
        assertThat(DatabaseUnavailable.causes(new DataAccessResourceFailureException(
                        "gone", new SQLNonTransientConnectionException("socket closed"))))
                .isTrue();
    }
}
