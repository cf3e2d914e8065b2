package se.brobygge.privacy.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.privacy.AccountDeletionService;
import se.brobygge.privacy.DataExport;
import se.brobygge.privacy.DataExportService;
import se.brobygge.privacy.ExportFile;
import se.brobygge.privacy.ExportStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.EasyReadButton;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.UiLanguage;

/**
 * "My data": the person downloads everything the platform holds about them, and can delete their
 * account. Export progress updates by itself while an export is being built.
 */
@Route("my-data")
@PermitAll
class MyDataView extends Main implements HasDynamicTitle {

    final Button requestExport = new Button();
    final Paragraph exportError = new Paragraph();
    final UnorderedList exports = new UnorderedList();
    final TextField confirmation = new TextField();
    final Button delete = new Button();

    private final DataExportService exportService;
    private final AccountDeletionService deletion;
    private @Nullable Registration polling;

    MyDataView(DataExportService exportService, AccountDeletionService deletion) {
        this.exportService = exportService;
        this.deletion = deletion;
        addClassName("narrow-view");
        add(
                new H1(getTranslation("privacy.myData.title")),
                new Paragraph(getTranslation("privacy.myData.intro")),
                new Div(new EasyReadButton("mydata", "rights")));

        Section download = new Section();
        H2 downloadHeading = new H2(getTranslation("privacy.export.heading"));
        downloadHeading.setId("privacy-export-heading");
        download.getElement().setAttribute("aria-labelledby", "privacy-export-heading");
        requestExport.setText(getTranslation("privacy.export.request"));
        requestExport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requestExport.addClickListener(e -> request());
        requestExport.setDisableOnClick(true);
        exportError.addClassName("field-error");
        exportError.getElement().setAttribute("role", "alert");
        exportError.setVisible(false);
        exports.getElement().setAttribute("aria-live", "polite");
        exports.getElement().setAttribute("aria-label", getTranslation("privacy.export.list"));
        download.add(
                downloadHeading,
                new Paragraph(getTranslation("privacy.export.explain")),
                requestExport,
                exportError,
                exports);

        Section remove = new Section();
        H2 deleteHeading = new H2(getTranslation("privacy.delete.heading"));
        deleteHeading.setId("privacy-delete-heading");
        remove.getElement().setAttribute("aria-labelledby", "privacy-delete-heading");
        Paragraph warning = new Paragraph(getTranslation("privacy.delete.warning"));
        warning.addClassName("warning");
        confirmation.setLabel(getTranslation("privacy.delete.confirmation"));
        confirmation.setHelperText(getTranslation("privacy.delete.confirmation.help"));
        confirmation.setWidthFull();
        confirmation.setAutocomplete(Autocomplete.OFF);
        delete.setText(getTranslation("privacy.delete.button"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(e -> deleteAccount());
        remove.add(deleteHeading, warning, new Paragraph(getTranslation("privacy.delete.kept")), confirmation, delete);

        add(download, remove);
    }

    private void request() {
        exportError.setVisible(false);
        try {
            exportService.requestMine();
        } catch (InvalidInputException e) {
            exportError.setText(getTranslation(e.errors().getFirst().messageKey()));
            exportError.setVisible(true);
        }
        refresh();
    }

    /** Shows the exports; polls while one is being built. */
    void refresh() {
        List<DataExport> mine = exportService.mine();
        exports.removeAll();
        for (DataExport export : mine) {
            exports.add(item(export));
        }
        boolean busy = mine.stream().anyMatch(e -> e.status().busy());
        requestExport.setEnabled(!busy);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(busy ? 1000 : -1);
        }
    }

    private ListItem item(DataExport export) {
        ListItem item = new ListItem();
        item.addClassName("export");
        Span requested = new Span(
                getTranslation("privacy.export.requested", Formats.shortDateTime(export.requestedAt(), getLocale())));
        Span status = new Span(
                getTranslation("privacy.export.status." + export.status().name()));
        status.addClassName("export-status");
        item.add(requested, new Span(" – "), status);
        if (export.status().busy()) {
            ProgressBar bar = new ProgressBar(0, 1, export.progress());
            bar.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation("privacy.export.progress", export.doneParts(), export.totalParts()));
            item.add(bar);
        }
        if (export.status() == ExportStatus.READY && export.expiresAt() != null) {
            long id = export.id();
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(download -> {
                        ExportFile file = exportService.download(id);
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                "application/zip",
                                file.content().length);
                    }),
                    getTranslation("privacy.export.download"));
            link.getElement().setAttribute("download", true);
            item.add(new Div(
                    link,
                    new Span(" "
                            + getTranslation(
                                    "privacy.export.until", Formats.shortDateTime(export.expiresAt(), getLocale())))));
        }
        return item;
    }

    private void deleteAccount() {
        var fields = Map.of("confirmation", confirmation, "account", confirmation);
        FieldErrors.clear(fields);
        // taken now: the deletion ends this session, and with it the current UI and its locale
        UI ui = getUI().orElseThrow();
        Language language = Language.of(ui.getLocale());
        try {
            deletion.deleteMine(confirmation.getValue());
        } catch (InvalidInputException e) {
            var first = FieldErrors.show(e, fields, this);
            if (first != null) {
                first.focus();
            }
            return;
        }
        // the confirmation page opens in a new, anonymous session: the cookie carries the language there
        UiLanguage.rememberInCookie(language);
        ui.getPage().setLocation(AccountDeletedView.ROUTE);
        // the deletion ended every session of the account it knew of; this one surely ends too
        WrappedSession session =
                ui.getSession() == null ? null : ui.getSession().getSession();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended by the deletion
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.myData.title") + " – Brobygge";
    }
}
