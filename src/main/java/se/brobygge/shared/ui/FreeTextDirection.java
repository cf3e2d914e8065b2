package se.brobygge.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * Every free-text input of every page takes its direction from what is typed ({@code dir="auto"}
 * on the input inside the field), so Swedish typed on an Arabic page runs left to right and Arabic
 * typed on a Swedish page right to left. Installed once per page; fields added later are covered
 * too. A field for text in one known language ({@link Written#input}) gets that language's
 * direction and {@code lang} instead.
 */
public final class FreeTextDirection {

    static final String INSTALL = """
            if (!window.__brobyggeFreeTextDirection) {
              window.__brobyggeFreeTextDirection = true;
              const fields = ':is(vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-combo-box,'
                  + ' vaadin-multi-select-combo-box) > :is(input, textarea)';
              const auto = el => {
                if (el.hasAttribute('dir')) return;
                const field = el.parentElement.dataset;
                el.setAttribute('dir', field.textDir || 'auto');
                if (field.textLang) el.setAttribute('lang', field.textLang);
              };
              const scan = node => {
                if (node.nodeType !== 1) return;
                if (node.matches(fields)) auto(node);
                node.querySelectorAll(fields).forEach(auto);
              };
              new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(scan)))
                  .observe(document.body, {childList: true, subtree: true});
              scan(document.body);
            }""";

    private FreeTextDirection() {}

    public static void install(UI ui) {
        ui.getPage().executeJs(INSTALL);
    }
}
