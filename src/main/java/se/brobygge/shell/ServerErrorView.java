package se.brobygge.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: a kind message in the person's language instead of Vaadin's own
 * error page, which shows the exception. The details go to the server log.
 */
@AnonymousAllowed
class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private boolean databaseAway;

    @Override
    public String getPageTitle() {
        return databaseAway ? ServiceUnavailableView.title(this) : getTranslation("error.server.title") + " – Brobygge";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception caught = parameter.getCaughtException();
        // the database went away under the page, but what reached here is what followed (a
        // rollback on the dead connection failing, say): still "try again in a moment"
        databaseAway = DatabaseUnavailable.causes(caught);
        if (databaseAway) {
            log.warn(
                    "Opening {} failed: the database did not answer ({})",
                    event.getLocation().getPath(),
                    caught.toString());
            return ServiceUnavailableView.show(this);
        }
        log.error("Opening {} failed", event.getLocation().getPath(), caught);
        removeAll();
        add(new H1(getTranslation("error.server.title")));
        add(new Paragraph(getTranslation("error.server.text")));
        add(new RouterLink(getTranslation("comingSoon.back"), StartView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
