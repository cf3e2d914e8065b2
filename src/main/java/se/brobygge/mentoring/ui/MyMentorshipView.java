package se.brobygge.mentoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import se.brobygge.mentoring.Meeting;
import se.brobygge.mentoring.MeetingLogService;
import se.brobygge.mentoring.MentorshipCheckInService;
import se.brobygge.mentoring.MentorshipService;
import se.brobygge.mentoring.MentorshipStatus;
import se.brobygge.mentoring.MentorshipView;
import se.brobygge.mentoring.PartnerProfile;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.occupation.Occupations;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.EasyReadButton;
import se.brobygge.shared.ui.FieldErrors;

/**
 * A resident's mentorships: invitations to accept or decline, and the running mentorship with the
 * partner's profile, the check-in waiting for an answer, the meeting log, pause, end and feedback.
 */
@Route("mentoring")
@Menu(order = 85, title = "nav.mentoring", icon = "vaadin:handshake")
@PermitAll
class MyMentorshipView extends Main implements HasDynamicTitle {

    private final MentorshipService mentorships;
    private final MeetingLogService meetingLog;
    private final MentorshipCheckInService checkIns;
    final Paragraph status = new Paragraph();
    private final Section list = new Section();

    MyMentorshipView(MentorshipService mentorships, MeetingLogService meetingLog, MentorshipCheckInService checkIns) {
        this.mentorships = mentorships;
        this.meetingLog = meetingLog;
        this.checkIns = checkIns;
        addClassName("narrow-view");
        status.getElement().setAttribute("role", "status");
        status.setId("mentoring-status");
        add(
                new H1(getTranslation("mentoring.title")),
                new Paragraph(getTranslation("mentoring.intro")),
                new Div(new EasyReadButton("mentoring", "mentor")),
                new RouterLink(getTranslation("mentoring.profileLink"), ProfileView.class),
                status,
                list);
        show();
    }

    private void show() {
        list.removeAll();
        List<MentorshipView> mine = mentorships.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("mentoring.none")));
        }
        for (MentorshipView m : mine) {
            list.add(card(m));
        }
    }

    private Article card(MentorshipView m) {
        Locale locale = Texts.locale(this);
        Article card = new Article();
        card.addClassName("mentorship-card");
        String role = getTranslation(m.iAmMentee() ? "mentoring.roleMentee" : "mentoring.roleMentor");
        if (m.status() == MentorshipStatus.INVITED) {
            card.add(new H2(getTranslation("mentoring.invitation.title", m.partnerFirstName())));
            card.add(new Paragraph(getTranslation("mentoring.invitation.text", role, m.partnerFirstName())));
            card.add(new Paragraph(getTranslation(
                    "mentoring.invitation.languages",
                    Texts.join(m.sharedLanguages().stream()
                            .map(c -> Texts.language(this, c))
                            .toList()))));
            if (!m.sharedInterests().isEmpty()) {
                card.add(new Paragraph(getTranslation(
                        "mentoring.invitation.interests",
                        Texts.join(m.sharedInterests().stream()
                                .map(i -> getTranslation("mentoring.interest." + i))
                                .toList()))));
            }
            card.add(
                    new Paragraph(getTranslation("mentoring.invitation.expires", Formats.date(m.expiresAt(), locale))));
            if (m.iAccepted()) {
                card.add(new Paragraph(getTranslation("mentoring.invitation.accepted", m.partnerFirstName())));
            } else {
                Button accept = new Button(
                        getTranslation("mentoring.invitation.accept"),
                        e -> act(
                                () -> {
                                    mentorships.accept(m.id());
                                    return "mentoring.saved";
                                },
                                Map.<String, HasValidation>of()));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                TextField reason = new TextField(getTranslation("mentoring.invitation.declineReason"));
                reason.setMaxLength(500);
                Button decline = new Button(
                        getTranslation("mentoring.invitation.decline"),
                        e -> act(
                                () -> {
                                    mentorships.decline(m.id(), reason.getValue());
                                    return "mentoring.saved";
                                },
                                Map.<String, HasValidation>of("reason", reason)));
                card.add(accept, reason, decline);
            }
            return card;
        }
        card.add(new H2(getTranslation("mentoring.active.title", m.partnerFirstName())));
        card.add(new Paragraph(getTranslation("mentoring.status." + m.status().name())));
        if (m.startedAt() != null && m.endsAt() != null) {
            card.add(new Paragraph(getTranslation(
                    "mentoring.active.period", Formats.date(m.startedAt(), locale), Formats.date(m.endsAt(), locale))));
        }
        if (m.status() == MentorshipStatus.ACTIVE || m.status() == MentorshipStatus.PAUSED) {
            if (m.openCheckIn() != null) {
                card.add(checkIn(m.openCheckIn()));
            }
            card.add(partner(mentorships.partner(m.id())));
            card.add(meetingLog(m));
            card.add(changes(m));
        }
        if ((m.status() == MentorshipStatus.ACTIVE
                || m.status() == MentorshipStatus.PAUSED
                || m.status() == MentorshipStatus.ENDED_EARLY)) {
            card.add(feedback(m));
        }
        return card;
    }

    private Section partner(PartnerProfile p) {
        Locale locale = Texts.locale(this);
        Section section = new Section(new H3(getTranslation("mentoring.active.partner", p.displayName())));
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(getTranslation("mentoring.profile.languages") + ": "
                + Texts.join(p.languages().entrySet().stream()
                        .map(e -> Texts.language(this, e.getKey()) + " ("
                                + getTranslation(
                                        "mentoring.level." + e.getValue().name()) + ")")
                        .toList())));
        if (p.occupation() != null) {
            facts.add(new ListItem(getTranslation("mentoring.profile.occupation") + ": "
                    + Occupations.byCode(p.occupation())
                            .map(o -> o.name(locale))
                            .orElse(p.occupation())));
        }
        if (!p.interests().isEmpty()) {
            facts.add(new ListItem(getTranslation("mentoring.profile.interests") + ": "
                    + Texts.join(p.interests().stream()
                            .map(i -> getTranslation("mentoring.interest." + i.name()))
                            .toList())));
        }
        if (p.area() != null) {
            facts.add(new ListItem(getTranslation("mentoring.profile.area") + ": " + p.area()));
        }
        if (!p.goals().isBlank()) {
            facts.add(new ListItem(getTranslation("mentoring.active.goals", p.goals())));
        }
        section.add(facts);
        return section;
    }

    private Section checkIn(MentorshipView.CheckIn checkIn) {
        Section section = new Section();
        section.addClassName("mentoring-checkin");
        H3 heading = new H3(getTranslation("mentoring.checkin.title", checkIn.month()));
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("mentoring.checkin.score"));
        score.setItems(1, 2, 3, 4, 5);
        TextArea comment = new TextArea(getTranslation("mentoring.checkin.comment"));
        comment.setMaxLength(1000);
        Button send = new Button(
                getTranslation("mentoring.checkin.send"),
                e -> act(
                        () -> {
                            checkIns.answerCheckIn(
                                    checkIn.id(), score.getValue() == null ? 0 : score.getValue(), comment.getValue());
                            return "mentoring.checkin.sent";
                        },
                        Map.<String, HasValidation>of("score", score, "comment", comment)));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(heading, score, comment, send);
        return section;
    }

    private Section meetingLog(MentorshipView m) {
        Section section = new Section(new H3(getTranslation("mentoring.meeting.title")));
        Locale locale = Texts.locale(this);
        DateField date = new DateField(getTranslation("mentoring.meeting.date"), LocalDate.now());
        IntegerField minutes = new IntegerField(getTranslation("mentoring.meeting.minutes"));
        minutes.setValue(60);
        TextField what = new TextField(getTranslation("mentoring.meeting.what"));
        what.setMaxLength(1000);
        Button add = new Button(
                getTranslation("mentoring.meeting.add"),
                e -> act(
                        () -> {
                            meetingLog.logMeeting(
                                    m.id(),
                                    date.getValue(),
                                    minutes.getValue() == null ? 0 : minutes.getValue(),
                                    what.getValue());
                            return "mentoring.meeting.added";
                        },
                        Map.<String, HasValidation>of("date", date, "minutes", minutes, "what", what)));
        section.add(date, minutes, what, add);
        List<Meeting> meetings = meetingLog.meetings(m.id());
        UnorderedList log = new UnorderedList();
        if (meetings.isEmpty()) {
            log.add(new ListItem(getTranslation("mentoring.meeting.none")));
        }
        for (Meeting meeting : meetings) {
            log.add(new ListItem(getTranslation(
                    "mentoring.meeting.line",
                    Formats.date(
                            meeting.date()
                                    .atStartOfDay(Formats.MUNICIPALITY_ZONE)
                                    .toInstant(),
                            locale),
                    meeting.minutes(),
                    meeting.hidden() ? getTranslation("mentoring.meeting.hidden") : meeting.what(),
                    meeting.authorName())));
        }
        section.add(log);
        return section;
    }

    private Section changes(MentorshipView m) {
        Section section = new Section();
        TextField reason = new TextField(getTranslation("mentoring.mentorship.reason"));
        reason.setMaxLength(500);
        Map<String, HasValidation> fields = Map.<String, HasValidation>of("reason", reason);
        if (m.status() == MentorshipStatus.ACTIVE) {
            section.add(
                    reason,
                    new Button(
                            getTranslation("mentoring.mentorship.pause"),
                            e -> act(
                                    () -> {
                                        mentorships.pause(m.id(), reason.getValue());
                                        return "mentoring.mentorship.paused";
                                    },
                                    fields)));
        } else {
            section.add(
                    new Button(
                            getTranslation("mentoring.mentorship.resume"),
                            e -> act(
                                    () -> {
                                        mentorships.resume(m.id());
                                        return "mentoring.mentorship.resumed";
                                    },
                                    Map.<String, HasValidation>of())),
                    reason);
        }
        Button end = new Button(
                getTranslation("mentoring.mentorship.endEarly"),
                e -> act(
                        () -> {
                            mentorships.endEarly(m.id(), reason.getValue());
                            return "mentoring.mentorship.ended";
                        },
                        fields));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(end);
        return section;
    }

    private Section feedback(MentorshipView m) {
        Section section = new Section(new H3(getTranslation("mentoring.feedback.title")));
        if (m.myFeedbackGiven()) {
            section.add(new Paragraph(getTranslation("mentoring.feedback.given")));
            return section;
        }
        TextArea text = new TextArea(getTranslation("mentoring.feedback.text"));
        text.setMaxLength(2000);
        section.add(
                text,
                new Button(
                        getTranslation("mentoring.feedback.send"),
                        e -> act(
                                () -> {
                                    mentorships.giveFeedback(m.id(), text.getValue());
                                    return "mentoring.feedback.sent";
                                },
                                Map.<String, HasValidation>of("feedback", text))));
        return section;
    }

    /** Runs a service call; on success rebuilds the list and announces it, on bad input marks the fields. */
    private void act(Supplier<String> action, Map<String, HasValidation> fields) {
        try {
            String done = action.get();
            show();
            status.setText(getTranslation(done));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, fields, this);
            status.setText(getTranslation(e.errors().getFirst().messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.title") + " – Brobygge";
    }
}
