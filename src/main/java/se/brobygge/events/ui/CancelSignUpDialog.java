package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import se.brobygge.shared.ui.Written;

/**
 * Asks before a sign-up is cancelled: a seat given up may go at once to the first on the waiting
 * list, so there is no undoing it afterwards.
 */
final class CancelSignUpDialog {

    private CancelSignUpDialog() {}

    static ConfirmDialog open(Component owner, String eventTitle, boolean waiting, Runnable cancel) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("cancel-signup-dialog");
        String kind = waiting ? "events.signup.leaveConfirm" : "events.signup.cancelConfirm";
        dialog.setHeader(owner.getTranslation(kind + ".title", Written.isolate(eventTitle)));
        dialog.setText(owner.getTranslation(kind + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("events.signup.keep"));
        dialog.setConfirmText(owner.getTranslation(waiting ? "events.signup.leaveWaitlist" : "events.signup.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> cancel.run());
        dialog.open();
        return dialog;
    }
}
