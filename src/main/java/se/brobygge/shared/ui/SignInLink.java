package se.brobygge.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Optional;
import se.brobygge.shared.ReturnPath;

/**
 * "Sign in to …" on a page that needs an account for its next step: the sign-in page, which then
 * brings the person back to this page ({@link ReturnPath}).
 */
public class SignInLink extends Anchor {

    public SignInLink(String text) {
        super("login", text);
        addClassName("sign-in-link");
        // the page's own address is known once the link is in the page
        addAttachListener(e -> setHref(ReturnPath.link("login", current(e.getUI()))));
    }

    /** The return path a page was opened with ({@code ?next=}), if it is safe. */
    public static Optional<String> returnPathOf(Location location) {
        List<String> values =
                location.getQueryParameters().getParameters().getOrDefault(ReturnPath.PARAMETER, List.of());
        return values.isEmpty() ? Optional.empty() : ReturnPath.parse(values.getFirst());
    }

    /** The page shown in this tab now, as a return path (empty on the start page and sign-in pages). */
    public static Optional<String> current(UI ui) {
        Location location = ui.getInternals().getActiveViewLocation();
        String path = "/" + location.getPathWithQueryParameters();
        return path.equals("/") ? Optional.empty() : ReturnPath.parse(path);
    }
}
