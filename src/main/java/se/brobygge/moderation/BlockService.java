package se.brobygge.moderation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.ModerationCore;
import se.brobygge.shared.InvalidInputException;

/**
 * Blocking (until lifted) and suspending (until a time) writers, with a justification. Blocked
 * writers can read but not write: screening refuses their text everywhere. Their content can be
 * hidden in the same action; lifting can show it again. Staff only; all of it logged.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
public class BlockService {

    private final ModerationCore core;
    private final CurrentUser currentUser;

    BlockService(ModerationCore core, CurrentUser currentUser) {
        this.core = core;
        this.currentUser = currentUser;
    }

    /**
     * @param until null blocks until lifted
     * @throws InvalidInputException "justification", "until"
     */
    public long block(AccountId account, @Nullable Instant until, String justification, boolean hideContent) {
        return core.block(
                account.value(),
                until,
                justification,
                hideContent,
                currentUser.require().value());
    }

    public void lift(long blockId, @Nullable String reason, boolean restoreContent) {
        core.lift(blockId, currentUser.require().value(), reason, restoreContent);
    }

    public List<BlockView> active() {
        return core.activeBlocks();
    }

    /** Trusted writers skip pre-moderation of new accounts. */
    public void trust(AccountId account, boolean trusted) {
        core.setTrusted(account.value(), trusted, currentUser.require().value());
    }
}
