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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page opened while the database cannot be reached: a short explanation in the user's language
 * and 503, so that the browser and the load balancer know to try again, never a stack trace.
 */
@AnonymousAllowed
class ServiceUnavailableView extends Main
        implements HasErrorParameter<CannotCreateTransactionException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return title(this);
    }

    static String title(Main page) {
        return page.getTranslation("error.unavailable.title") + " – Brobygge";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return show(this);
    }

    static int show(Main page) {
        page.removeAll();
        page.add(new H1(page.getTranslation("error.unavailable.title")));
        page.add(new Paragraph(page.getTranslation(FriendlyErrors.UNAVAILABLE)));
        page.add(new RouterLink(page.getTranslation("comingSoon.back"), StartView.class));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** The same page when a query, rather than the transaction's start, lost the database. */
    @AnonymousAllowed
    static class DuringQuery extends Main
            implements HasErrorParameter<DataAccessResourceFailureException>, HasDynamicTitle {

        @Override
        public String getPageTitle() {
            return title(this);
        }

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(this);
        }
    }
}
