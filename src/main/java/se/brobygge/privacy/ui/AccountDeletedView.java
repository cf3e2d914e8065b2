package se.brobygge.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a person lands after deleting their own account: signed out, told in their language that
 * the account is gone. It says nothing about anyone, so anybody may open it.
 */
@Route("account-deleted")
@AnonymousAllowed
class AccountDeletedView extends Main implements HasDynamicTitle {

    static final String ROUTE = "account-deleted";

    AccountDeletedView() {
        addClassName("narrow-view");
        add(new H1(getTranslation("privacy.deleted.title")));
        Paragraph done = new Paragraph(getTranslation("privacy.deleted.text"));
        done.getElement().setAttribute("role", "status");
        add(done, new Paragraph(new Anchor("", getTranslation("privacy.deleted.start"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.deleted.title") + " – Brobygge";
    }
}
