package se.brobygge.moderation;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.ModerationCore;
import se.brobygge.shared.InvalidInputException;

/** Authors see what of theirs was hidden and why, and appeal once; another moderator decides. */
@Service
@PreAuthorize("isAuthenticated()")
public class AppealService {

    private final ModerationCore core;
    private final CurrentUser currentUser;

    AppealService(ModerationCore core, CurrentUser currentUser) {
        this.core = core;
        this.currentUser = currentUser;
    }

    public List<MyModeratedItem> mine() {
        return core.hiddenOf(currentUser.require().value());
    }

    /**
     * @throws InvalidInputException "appeal" when empty, too long, a second appeal, or not hidden
     * @throws org.springframework.security.access.AccessDeniedException when it is not my content
     */
    public void appeal(ItemId id, String text) {
        core.appeal(id, currentUser.require().value(), text);
    }
}
