package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseQuery.FacetValue;

import static no.samspill.platform.Lookups.present;

/**
 * The facets as groups of check boxes (a labelled group each, reachable by keyboard), every value with its count.
 * A value without hits stays in its place, greyed out and disabled, so that the list does not jump.
 */
final class FacetPanel extends VerticalLayout {

    private final Map<CaseFacet, CheckboxGroup<String>> groups = new EnumMap<>(CaseFacet.class);
    private boolean showing;

    FacetPanel(BiConsumer<CaseFacet, Set<String>> onChange) {
        setPadding(false);
        addClassName("samspill-facets");
        for (CaseFacet facet : CaseFacet.values()) {
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation(facet.labelKey()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setId("facet-" + facet.parameter());
            group.addValueChangeListener(e -> {
                if (!showing) {
                    onChange.accept(facet, e.getValue());
                }
            });
            groups.put(facet, group);
            add(group);
        }
    }

    void show(Map<CaseFacet, List<FacetValue>> facets) {
        showing = true;
        facets.forEach((facet, values) -> {
            CheckboxGroup<String> group = present(groups, facet);
            Map<String, FacetValue> byValue = new HashMap<>();
            values.forEach(v -> byValue.put(v.value(), v));
            group.setItems(values.stream().map(FacetValue::value).toList());
            group.setItemLabelGenerator(v -> getTranslation("kb.search.facet-value",
                    FacetLabels.label(this, facet, v), present(byValue, v).count()));
            group.setItemEnabledProvider(v -> present(byValue, v).count() > 0 || present(byValue, v).selected());
            group.setValue(values.stream().filter(FacetValue::selected).map(FacetValue::value)
                    .collect(java.util.stream.Collectors.toSet()));
            group.setVisible(!values.isEmpty());
        });
        showing = false;
    }
}
