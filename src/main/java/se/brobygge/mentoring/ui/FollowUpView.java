package se.brobygge.mentoring.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.CoordinatorOverview;
import se.brobygge.mentoring.FollowUpService;
import se.brobygge.shared.i18n.Formats;

/** The coordinator's follow-up: active pairs, overdue check-ins, alerts, pairs ending soon, open invitations. */
@Route("staff/mentoring")
@Menu(order = 104, title = "nav.mentoringFollowUp", icon = "vaadin:clipboard-heart")
@RolesAllowed(Roles.STAFF)
class FollowUpView extends Main implements HasDynamicTitle {

    FollowUpView(FollowUpService followUp) {
        Locale locale = Texts.locale(this);
        CoordinatorOverview overview = followUp.overview();
        add(new H1(getTranslation("mentoring.followup.title")));
        Function<CoordinatorOverview.Pair, String> pair = p -> getTranslation(
                "mentoring.followup.pair",
                p.menteeName(),
                p.mentorName(),
                getTranslation("mentoring.status." + p.status().name()),
                p.meetings());
        Function<CoordinatorOverview.CheckInRow, String> checkIn = c -> getTranslation(
                "mentoring.followup.checkIn",
                c.menteeName(),
                c.mentorName(),
                c.month(),
                answer(c.menteeScore(), c.menteeComment()),
                answer(c.mentorScore(), c.mentorComment()));
        add(
                section("alerts", overview.alerts(), checkIn),
                section("overdue", overview.overdue(), checkIn),
                section(
                        "endingSoon",
                        overview.endingSoon(),
                        p -> getTranslation(
                                "mentoring.followup.ends",
                                p.menteeName(),
                                p.mentorName(),
                                p.endsAt() == null ? "" : Formats.date(p.endsAt(), locale))),
                section("active", overview.active(), pair),
                section("invited", overview.invited(), pair));
    }

    private String answer(@Nullable Integer score, @Nullable String comment) {
        return score == null
                ? getTranslation("mentoring.followup.noAnswer")
                : getTranslation("mentoring.followup.answer", score, comment == null ? "" : "– " + comment);
    }

    private <T> Section section(String key, List<T> rows, Function<T, String> line) {
        H2 heading = new H2(getTranslation("mentoring.followup." + key));
        heading.setId("followup-" + key);
        Section section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "followup-" + key);
        UnorderedList list = new UnorderedList();
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("mentoring.followup.none")));
        }
        rows.forEach(r -> list.add(new ListItem(line.apply(r))));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.followup.title") + " – Brobygge";
    }
}
