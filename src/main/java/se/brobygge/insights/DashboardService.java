package se.brobygge.insights;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.Roles;
import se.brobygge.insights.dashboard.Dashboards;

/**
 * The follow-up dashboard for staff: figures and trends of a period, small cells suppressed.
 * Reads the other modules' tables through read-only aggregate queries (decision record 31).
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class DashboardService {

    private final Dashboards dashboards;

    DashboardService(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public DashboardReport report(DashboardRequest request) {
        return dashboards.build(request);
    }
}
