package se.brobygge.moderation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Map;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.ui.FieldErrors;

/**
 * The "report this" dialog, for any module's views: a reason and an optional comment, sent to
 * {@link ReportService}. Errors (reported before, own content) show next to the fields.
 *
 * <pre>
 * new ReportDialog(reportService, new ContentRef("associations", "profile", id), () -> refresh()).open();
 * </pre>
 */
public class ReportDialog extends Dialog {

    final Select<ReportReason> reason = new Select<>();
    final TextArea comment = new TextArea();

    public ReportDialog(ReportService reports, ContentRef ref, Runnable afterReport) {
        addClassName("report-dialog");
        setHeaderTitle(getTranslation("moderation.report.title"));
        reason.setLabel(getTranslation("moderation.report.reason"));
        reason.setItems(Arrays.asList(ReportReason.values()));
        reason.setItemLabelGenerator(r -> getTranslation("moderation.reason." + r.name()));
        reason.setValue(ReportReason.OFFENSIVE);
        reason.setWidthFull();
        comment.setLabel(getTranslation("moderation.report.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        add(reason, comment);
        Button send = new Button(getTranslation("moderation.report.send"), e -> {
            try {
                reports.report(ref, reason.getValue(), comment.getValue());
                close();
                Notification.show(getTranslation("moderation.report.thanks"));
                afterReport.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.<String, HasValidation>of("reason", reason, "comment", comment), this);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("report-send");
        Button cancel = new Button(getTranslation("moderation.report.cancel"), e -> close());
        getFooter().add(cancel, send);
    }
}
