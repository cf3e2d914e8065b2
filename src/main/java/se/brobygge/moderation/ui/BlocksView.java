package se.brobygge.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.BlockService;
import se.brobygge.moderation.BlockView;
import se.brobygge.moderation.ModerationConflictException;
import se.brobygge.shared.i18n.Formats;

/** Writers blocked or suspended now; lifting one (undo) can show their hidden content again. */
@Route("staff/moderation/blocks")
@Menu(order = 107, title = "moderation.nav.blocks", icon = "vaadin:ban")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class BlocksView extends Main implements HasDynamicTitle {

    private final BlockService blocks;
    private final Grid<BlockView> grid = new Grid<>();
    private final Paragraph status = new Paragraph();

    BlocksView(BlockService blocks) {
        this.blocks = blocks;
        addClassName("blocks-view");
        Locale locale = getLocale();
        add(new H1(getTranslation("moderation.blocks.title")));
        add(new Paragraph(getTranslation("moderation.blocks.intro")));
        status.getElement().setAttribute("role", "status");
        grid.addColumn(BlockView::accountName)
                .setHeader(getTranslation("moderation.blocks.who"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.until() == null
                        ? getTranslation("moderation.blocks.untilLifted")
                        : Formats.dateTime(b.until(), locale))
                .setHeader(getTranslation("moderation.blocks.until"))
                .setAutoWidth(true);
        grid.addColumn(BlockView::justification)
                .setHeader(getTranslation("moderation.block.justification"))
                .setFlexGrow(1);
        grid.addColumn(b -> b.createdByName() + " · " + Formats.dateTime(b.createdAt(), locale))
                .setHeader(getTranslation("moderation.blocks.by"))
                .setAutoWidth(true);
        grid.addComponentColumn(b -> {
                    TextField reason = new TextField();
                    reason.setAriaLabel(getTranslation("moderation.blocks.liftReason"));
                    reason.setPlaceholder(getTranslation("moderation.blocks.liftReason"));
                    Checkbox restore = new Checkbox(getTranslation("moderation.blocks.restore"), true);
                    Button lift = new Button(getTranslation("moderation.blocks.lift"), e -> {
                        try {
                            blocks.lift(b.id(), reason.getValue(), restore.getValue());
                            status.setText(getTranslation("moderation.blocks.lifted"));
                        } catch (ModerationConflictException ex) {
                            status.setText(getTranslation(ex.messageKey()));
                        }
                        refresh();
                    });
                    lift.addClassName("lift-button");
                    return new Div(reason, restore, lift);
                })
                .setHeader(getTranslation("moderation.blocks.undo"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(status, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(blocks.active());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.blocks.title") + " – Brobygge";
    }
}
