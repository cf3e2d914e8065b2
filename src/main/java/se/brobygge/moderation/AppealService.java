package se.brobygge.moderation;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.Appeals;
import se.brobygge.shared.InvalidInputException;

/** Authors see what of theirs was hidden and why, and appeal once; another moderator decides. */
@Service
@PreAuthorize("isAuthenticated()")
public class AppealService {

    private final Appeals appeals;
    private final CurrentUser currentUser;

    AppealService(Appeals appeals, CurrentUser currentUser) {
        this.appeals = appeals;
        this.currentUser = currentUser;
    }

    public List<MyModeratedItem> mine() {
        return appeals.hiddenOf(currentUser.require());
    }

    /**
     * @throws InvalidInputException "appeal" when empty, too long, a second appeal, or not hidden
     * @throws AccessDeniedException when it is not my content
     */
    public void appeal(ItemId id, String text) {
        appeals.appeal(id, currentUser.require(), text);
    }
}
