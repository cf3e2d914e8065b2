package se.brobygge.insights.easyread;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.FieldErrors;

/**
 * The accessibility statement (tillgänglighetsredogörelse) required of Swedish public bodies by the
 * law on accessibility of digital public services (DOS-lagen): the aim, the gaps we know of, and a
 * form to report a barrier, which reaches staff as a task and is answered by mail.
 */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The known gaps, each a translation key {@code a11y.gaps.<name>}; keep honest when the app changes. */
    static final List<String> GAPS = List.of("pdf", "userLanguage", "notifications", "languages", "easyRead", "logos");

    private final TextArea description = new TextArea();
    private final TextField page = new TextField();
    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();

    AccessibilityStatementView(
            BrobyggeProperties properties,
            BarrierReportService reports,
            CurrentUser currentUser,
            AccountService accounts) {
        addClassName("prose");
        String municipality = properties.municipality().name();
        String contact = properties.municipality().accessibilityContact();
        add(new H1(getTranslation("a11y.title")));
        add(new Paragraph(getTranslation("a11y.intro", municipality)));
        add(new H2(getTranslation("a11y.aim.title")));
        add(new Paragraph(getTranslation("a11y.aim.text")));
        add(new UnorderedList(
                new ListItem(getTranslation("a11y.aim.keyboard")),
                new ListItem(getTranslation("a11y.aim.screenreader")),
                new ListItem(getTranslation("a11y.aim.languages")),
                new ListItem(getTranslation("a11y.aim.zoom"))));
        add(new H2(getTranslation("a11y.known.title")));
        add(new Paragraph(getTranslation("a11y.gaps.intro")));
        UnorderedList gaps = new UnorderedList();
        gaps.addClassName("a11y-gaps");
        GAPS.forEach(gap -> gaps.add(new ListItem(getTranslation("a11y.gaps." + gap))));
        add(gaps);

        Section form = new Section();
        form.addClassName("barrier-form");
        form.add(new H2(getTranslation("a11y.report.title")));
        form.add(new Paragraph(getTranslation("a11y.form.intro")));
        description.setLabel(getTranslation("a11y.form.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(BarrierReportService.MAX_TEXT);
        description.setWidthFull();
        page.setLabel(getTranslation("a11y.form.page"));
        page.setHelperText(getTranslation("a11y.form.pageHelp"));
        page.setMaxLength(BarrierReportService.MAX_PAGE);
        page.setWidthFull();
        email.setLabel(getTranslation("a11y.form.email"));
        email.setHelperText(getTranslation("a11y.form.emailHelp"));
        email.setWidthFull();
        if (currentUser.isSignedIn()) {
            email.setValue(accounts.myProfile().email());
        }
        sent.addClassName("barrier-sent");
        sent.getElement().setAttribute("role", "status");
        Map<String, HasValidation> fields = Map.of("description", description, "page", page, "email", email);
        Button send = new Button(getTranslation("a11y.form.send"), e -> {
            try {
                reports.report(description.getValue(), page.getValue(), email.getValue(), Language.of(getLocale()));
                FieldErrors.clear(fields);
                description.clear();
                sent.setText(getTranslation("a11y.form.sent"));
            } catch (InvalidInputException error) {
                sent.setText("");
                HasValidation first = FieldErrors.show(error, fields, this);
                if (first instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("barrier-send");
        form.add(description, page, email, send, sent);
        Paragraph mail = new Paragraph(getTranslation("a11y.report.text") + " ");
        mail.add(new Anchor("mailto:" + contact, contact));
        form.add(mail);
        add(form);

        add(new H2(getTranslation("a11y.supervision.title")));
        add(new Paragraph(getTranslation("a11y.supervision.text")));
        add(new H2(getTranslation("a11y.method.title")));
        add(new Paragraph(getTranslation("a11y.method.text")));
    }

    /** "?page=/events/42" fills in where the barrier was, for links from other pages. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("page")
                .ifPresent(p -> page.setValue(
                        p.length() > BarrierReportService.MAX_PAGE
                                ? p.substring(0, BarrierReportService.MAX_PAGE)
                                : p));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – Brobygge";
    }
}
