package se.brobygge.moderation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.internal.Blocks;
import se.brobygge.shared.InvalidInputException;

/**
 * Blocking (until lifted) and suspending (until a time) writers, with a justification. Blocked
 * writers can read but not write: screening refuses their text everywhere. Their content can be
 * hidden in the same action; lifting can show it again. Staff only; all of it logged.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class BlockService {

    private final Blocks blocks;
    private final CurrentUser currentUser;

    BlockService(Blocks blocks, CurrentUser currentUser) {
        this.blocks = blocks;
        this.currentUser = currentUser;
    }

    /**
     * @param until null blocks until lifted
     * @throws InvalidInputException "justification", "until"
     */
    public long block(AccountId account, @Nullable Instant until, String justification, boolean hideContent) {
        return blocks.block(account, until, justification, hideContent, currentUser.require());
    }

    public void lift(long blockId, @Nullable String reason, boolean restoreContent) {
        blocks.lift(blockId, currentUser.require(), reason, restoreContent);
    }

    public List<BlockView> active() {
        return blocks.active();
    }

    /** Trusted writers skip pre-moderation of new accounts. */
    public void trust(AccountId account, boolean trusted) {
        blocks.trust(account, trusted, currentUser.require());
    }
}
