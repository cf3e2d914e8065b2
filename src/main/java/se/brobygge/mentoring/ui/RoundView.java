package se.brobygge.mentoring.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.Criterion;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.ProposalStatus;
import se.brobygge.mentoring.RoundDetails;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.RoundService;
import se.brobygge.mentoring.RoundStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.occupation.Occupations;
import se.brobygge.shared.ui.MetaLine;
import se.brobygge.shared.ui.Written;

/**
 * One round: progress while it computes (the page polls; the computation runs on a background
 * thread, never on the UI thread), then the proposals with their explanations, the unmatched with
 * reasons, and the coordinator's actions.
 */
@Route("staff/mentoring/rounds/:" + RoundView.ID)
@RolesAllowed(Roles.STAFF)
class RoundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "roundId";
    static final int POLL_MILLIS = 700;

    private final RoundService rounds;
    private final ProfileService profiles;
    private RoundId id = new RoundId(0);
    private String title = "";
    private long shownVersion;
    private @Nullable Registration polling;
    final H1 heading = new H1();
    final Paragraph status = new Paragraph();
    final Paragraph message = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Div content = new Div();
    final Button rerun = new Button();
    final Button confirm = new Button();

    RoundView(RoundService rounds, ProfileService profiles) {
        this.rounds = rounds;
        this.profiles = profiles;
        status.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("mentoring-message");
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("mentoring.round.computing"));
        rerun.setText(getTranslation("mentoring.round.rerun"));
        rerun.addClickListener(e -> act(() -> rounds.rerun(id), null));
        confirm.setText(getTranslation("mentoring.round.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                int sent = rounds.confirm(id, shownVersion);
                message.setText(getTranslation("mentoring.round.confirmed", sent));
            } catch (InvalidInputException ex) {
                message.setText(getTranslation(ex.errors().getFirst().messageKey()));
            }
            refresh();
        });
        add(heading, status, progress, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new RoundId(event.getRouteParameters().getLong(ID).orElse(0L));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    void refresh() {
        RoundDetails round;
        try {
            round = rounds.round(id);
        } catch (InvalidInputException e) {
            heading.setText(getTranslation("mentoring.round.unknown"));
            return;
        }
        title = round.name();
        heading.setText(round.name());
        shownVersion = round.version();
        progress.setVisible(round.status() == RoundStatus.RUNNING);
        status.setText(
                switch (round.status()) {
                    case RUNNING -> getTranslation("mentoring.round.computing");
                    case FAILED -> getTranslation("mentoring.round.failed");
                    default ->
                        getTranslation("mentoring.roundStatus." + round.status().name()) + ". "
                                + getTranslation(
                                        "mentoring.round.summary",
                                        round.mentees(),
                                        round.mentors(),
                                        round.proposals().stream()
                                                .filter(p -> p.status() == ProposalStatus.PROPOSED
                                                        || p.status() == ProposalStatus.LOCKED)
                                                .count(),
                                        round.totalScore());
                });
        UI ui = UI.getCurrent();
        if (round.status() == RoundStatus.RUNNING) {
            startPolling(ui);
        } else {
            stopPolling(ui);
        }
        content.removeAll();
        if (round.status() == RoundStatus.RUNNING) {
            return;
        }
        boolean open = round.status() == RoundStatus.PROPOSED;
        Section proposals = new Section(new H2(getTranslation("mentoring.round.proposals")));
        if (open) {
            proposals.add(new Paragraph(getTranslation("mentoring.round.help")));
        }
        for (RoundDetails.Proposal p : round.proposals()) {
            proposals.add(proposal(p, open));
        }
        Section unmatched = new Section(new H2(getTranslation("mentoring.round.unmatched")));
        UnorderedList people = new UnorderedList();
        if (round.unmatched().isEmpty()) {
            people.add(new ListItem(getTranslation("mentoring.round.unmatchedNone")));
        }
        for (RoundDetails.Unmatched u : round.unmatched()) {
            people.add(new ListItem(getTranslation(
                    "mentoring.round.unmatchedLine",
                    u.name(),
                    getTranslation(u.mentee() ? "mentoring.roleMentee" : "mentoring.roleMentor"),
                    getTranslation("mentoring.reason." + u.reason().name()))));
        }
        unmatched.add(people);
        content.add(proposals, unmatched);
        if (open || round.status() == RoundStatus.FAILED) {
            content.add(new Div(rerun, open ? confirm : new Div()));
        }
    }

    private Article proposal(RoundDetails.Proposal p, boolean open) {
        Article card = new Article();
        card.addClassName("mentoring-proposal");
        card.add(new H3(getTranslation(
                "mentoring.round.pair", Written.isolate(p.menteeName()), Written.isolate(p.mentorName()))));
        card.add(new Paragraph(new MetaLine(
                getTranslation("mentoring.round.score", p.score()),
                getTranslation("mentoring.proposal." + p.status().name()))));
        UnorderedList why = new UnorderedList();
        for (Criterion c : p.explanation()) {
            why.add(new ListItem(Texts.criterion(this, c)));
        }
        card.add(why);
        Details people = new Details(getTranslation("mentoring.round.profiles"));
        people.addOpenedChangeListener(e -> {
            if (e.isOpened() && people.getContent().findAny().isEmpty()) {
                people.add(profile(p.menteeId()), profile(p.mentorId()));
            }
        });
        card.add(people);
        if (open) {
            // the pair's own buttons, in a row of their own, well apart from the next pair (brobygge.css)
            Div actions = new Div();
            actions.addClassName("proposal-actions");
            if (p.status() == ProposalStatus.PROPOSED) {
                actions.add(
                        action("mentoring.round.lock", p, ProposalStatus.LOCKED),
                        action("mentoring.round.reject", p, ProposalStatus.REJECTED),
                        action("mentoring.round.exclude", p, ProposalStatus.EXCLUDED));
            } else {
                actions.add(action("mentoring.round.reset", p, ProposalStatus.PROPOSED));
            }
            card.add(actions);
        }
        return card;
    }

    /** A person's profile for the coordinator, with the sensitive details if they consented. */
    private Div profile(AccountId accountId) {
        Div box = new Div();
        profiles.profileOf(accountId).ifPresent(profile -> {
            var d = profile.profile();
            Locale locale = Texts.locale(this);
            box.add(Written.text(new H3(profile.displayName())));
            UnorderedList facts = new UnorderedList();
            facts.add(new ListItem(getTranslation("mentoring.profile.languages") + ": "
                    + Texts.join(d.languages().entrySet().stream()
                            .map(e -> Texts.language(this, e.getKey()) + " ("
                                    + getTranslation(
                                            "mentoring.level." + e.getValue().name()) + ")")
                            .toList())));
            if (d.occupation() != null) {
                facts.add(new ListItem(getTranslation("mentoring.profile.occupation") + ": "
                        + Occupations.byCode(d.occupation())
                                .map(o -> o.name(locale))
                                .orElse(d.occupation())));
            }
            facts.add(new ListItem(getTranslation("mentoring.profile.times") + " "
                    + Texts.join(d.times().stream()
                            .map(t -> getTranslation("mentoring.time." + t.name()))
                            .toList())));
            if (d.ageBand() != null) {
                facts.add(new ListItem(getTranslation("mentoring.profile.ageBand") + ": "
                        + getTranslation("mentoring.age." + d.ageBand().name())));
            }
            facts.add(new ListItem(getTranslation("mentoring.profile.gender") + ": "
                    + getTranslation("mentoring.gender." + d.gender().name())));
            if (!d.goals().isBlank()) {
                facts.add(new ListItem(getTranslation("mentoring.active.goals", d.goals())));
            }
            profiles.sensitiveDetailsOf(accountId).ifPresent(sensitive -> {
                if (sensitive.countryOfOrigin() != null) {
                    facts.add(new ListItem(
                            getTranslation("mentoring.sensitive.country") + ": " + sensitive.countryOfOrigin()));
                }
                if (sensitive.arrivalYear() != null) {
                    facts.add(new ListItem(
                            getTranslation("mentoring.sensitive.arrivalYear") + ": " + sensitive.arrivalYear()));
                }
            });
            box.add(facts);
        });
        return box;
    }

    private Button action(String key, RoundDetails.Proposal p, ProposalStatus to) {
        Button button = new Button(getTranslation(key), e -> act(() -> rounds.mark(p.id(), to), null));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(key) + ": "
                                + getTranslation("mentoring.round.pair", p.menteeName(), p.mentorName()));
        return button;
    }

    private void act(Runnable action, @Nullable String doneKey) {
        try {
            action.run();
            message.setText(doneKey == null ? "" : getTranslation(doneKey));
        } catch (InvalidInputException e) {
            message.setText(getTranslation(e.errors().getFirst().messageKey()));
        }
        refresh();
    }

    private void startPolling(UI ui) {
        if (polling == null && ui != null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – Brobygge";
    }
}
