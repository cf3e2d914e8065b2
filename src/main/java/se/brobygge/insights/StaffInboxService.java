package se.brobygge.insights;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.dialogue.TopicProposalService;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.PostingService;
import se.brobygge.events.EventReviewService;
import se.brobygge.identity.Roles;
import se.brobygge.insights.easyread.BarrierReportService;
import se.brobygge.moderation.ModerationService;

/**
 * Everything waiting for staff, queue by queue. Each module counts its own queue through its API;
 * this only collects the counts, in the order staff usually work through them.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class StaffInboxService {

    private final EventReviewService events;
    private final AssociationReviewService associations;
    private final EmployerService employers;
    private final PostingService postings;
    private final ModerationService moderation;
    private final BarrierReportService barriers;
    private final TopicProposalService proposals;

    StaffInboxService(
            EventReviewService events,
            AssociationReviewService associations,
            EmployerService employers,
            PostingService postings,
            ModerationService moderation,
            BarrierReportService barriers,
            TopicProposalService proposals) {
        this.events = events;
        this.associations = associations;
        this.employers = employers;
        this.postings = postings;
        this.moderation = moderation;
        this.barriers = barriers;
        this.proposals = proposals;
    }

    /** Every queue with its count, including the empty ones. */
    public List<StaffQueue> queues() {
        return List.of(
                new StaffQueue("moderation", moderation.waitingCount(), "staff/moderation"),
                new StaffQueue("appeals", moderation.appealCount(), "staff/moderation"),
                new StaffQueue("events", events.awaitingReviewCount(), "staff/events/review"),
                new StaffQueue("associations", associations.awaitingVerificationCount(), "staff/associations"),
                new StaffQueue("employers", employers.awaitingVerificationCount(), "staff/employers"),
                new StaffQueue("postings", postings.awaitingApprovalCount(), "staff/employers"),
                new StaffQueue("barriers", barriers.unansweredCount(), "staff/barriers"),
                new StaffQueue("proposals", proposals.waitingCount(), "dialogues/proposals"));
    }

    /** All that waits, summed: the number beside the inbox in the navigation. */
    public long total() {
        return queues().stream().mapToLong(StaffQueue::waiting).sum();
    }
}
