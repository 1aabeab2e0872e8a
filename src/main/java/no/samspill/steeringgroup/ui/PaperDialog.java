package no.samspill.steeringgroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.procurement.ProjectOption;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringGroupService;
import org.jspecify.annotations.Nullable;

import static no.samspill.platform.Lookups.present;

/**
 * Writing a case paper the way seed 003 lays it out: to, from, date, exemption with its legal basis, title and
 * summary, the optional sections (Markdown), and the proposed conclusion with one numbered point per line. A refused
 * save keeps everything in the dialog.
 */
class PaperDialog extends Dialog {

    private static final List<String> SECTIONS = List.of("background", "considerations", "process", "assessment",
            "budget", "reputation", "checkpoints");

    private final TextField to = new TextField();
    private final TextField from = new TextField();
    private final DatePicker date = DatePickers.date();
    private final Checkbox exempt = new Checkbox();
    private final TextField basis = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final Map<String, TextArea> sections = new LinkedHashMap<>();
    private final TextArea proposal = new TextArea();
    private final ComboBox<ProjectOption> project = new ComboBox<>();
    private final ComboBox<DecisionKind> kind = new ComboBox<>();

    private PaperDialog(SteeringGroupService groups, Statutes statutes, String header) {
        setHeaderTitle(header);
        setWidth("60rem");
        to.setLabel(getTranslation("steering.paper.to"));
        from.setLabel(getTranslation("steering.paper.from"));
        date.setLabel(getTranslation("steering.paper.date"));
        date.setValue(groups.today());
        exempt.setLabel(getTranslation("steering.paper.exempt"));
        exempt.setId("paper-exempt");
        basis.setLabel(getTranslation("steering.paper.legal-basis"));
        // the statutes of the tenant's country, not a Norwegian example for a Danish region
        List<String> offered = statutes.list(this);
        basis.setPlaceholder(offered.getFirst());
        basis.setHelperText(getTranslation("steering.paper.statutes.help", String.join(", ", offered)));
        basis.setId("paper-legal-basis");
        basis.setEnabled(false);
        exempt.addValueChangeListener(e -> basis.setEnabled(e.getValue()));
        title.setLabel(getTranslation("steering.paper.title"));
        title.setId("paper-title");
        title.setRequired(true);
        summary.setLabel(getTranslation("steering.paper.summary"));
        summary.setId("paper-summary");
        FormLayout form = new FormLayout(to, from, date, exempt, basis, title, summary);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        for (String s : SECTIONS) {
            TextArea area = new TextArea(getTranslation("steering.paper." + s));
            area.setHelperText(getTranslation("steering.paper.markdown-help"));
            sections.put(s, area);
            form.add(area);
            form.setColspan(area, 2);
        }
        proposal.setLabel(getTranslation("steering.paper.proposal"));
        proposal.setHelperText(getTranslation("steering.paper.proposal-help"));
        proposal.setId("paper-proposal");
        project.setLabel(getTranslation("steering.paper.project"));
        // lazy and searchable: a tenant may have thousands of projects, paged and filtered in SQL
        project.setItems(q -> groups.projectOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) groups.countProjectOptions(q.getFilter().orElse("")));
        project.setItemLabelGenerator(ProjectOption::label);
        project.setClearButtonVisible(true);
        kind.setLabel(getTranslation("steering.paper.decision-kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DecisionKind.OTHER);
        form.add(proposal, project, kind);
        form.setColspan(proposal, 2);
        add(form);
    }

    static void create(CasePaperService papers, SteeringGroupService groups, Statutes statutes, long groupId,
            Consumer<PaperView> onSaved) {
        PaperDialog d = new PaperDialog(groups, statutes, UI.getCurrent().getTranslation("steering.paper.new"));
        d.footer(() -> papers.create(groupId, d.form()), onSaved);
        d.open();
    }

    static void edit(CasePaperService papers, SteeringGroupService groups, Statutes statutes, PaperView paper,
            Consumer<PaperView> onSaved) {
        PaperDialog d = new PaperDialog(groups, statutes,
                UI.getCurrent().getTranslation("steering.paper.edit", paper.number()));
        d.fill(paper.content(), groups);
        d.footer(() -> papers.update(paper.id(), paper.version(), d.form()), onSaved);
        d.open();
    }

    private void fill(PaperForm f, SteeringGroupService groups) {
        to.setValue(f.addressedTo());
        from.setValue(f.from());
        date.setValue(f.date());
        exempt.setValue(f.exempt());
        basis.setValue(f.legalBasis());
        title.setValue(f.title());
        summary.setValue(f.summary());
        List<String> values = List.of(f.background(), f.considerations(), f.process(), f.assessment(), f.budget(),
                f.reputation(), f.checkpoints());
        for (int i = 0; i < SECTIONS.size(); i++) {
            present(sections, SECTIONS.get(i)).setValue(values.get(i));
        }
        proposal.setValue(String.join("\n", f.proposal()));
        Long projectId = f.projectId();
        project.setValue(projectId == null ? null : groups.projectOption(projectId).orElse(null));
        kind.setValue(f.decisionKind());
    }

    private PaperForm form() {
        @Nullable ProjectOption p = project.getValue();
        if (date.getValue() == null) {
            throw new ValidationException("steering.paper.error.date");
        }
        return new PaperForm(to.getValue(), from.getValue(), date.getValue(), exempt.getValue(), basis.getValue(), title.getValue(), summary.getValue(),
                text("background"), text("considerations"), text("process"), text("assessment"), text("budget"),
                text("reputation"), text("checkpoints"), Arrays.asList(proposal.getValue().split("\\R")),
                p == null ? null : p.id(), kind.getValue());
    }

    private String text(String section) {
        return present(sections, section).getValue();
    }

    private void footer(Supplier<PaperView> save, Consumer<PaperView> onSaved) {
        FormDialog.saveCancel(this, "save-paper", () -> {
            PaperView saved = save.get();
            Notify.success("steering.paper.saved", saved.number());
            onSaved.accept(saved);
        }).bind(date, "steering.paper.error.date").bind(basis, "steering.paper.error.legal-basis");
    }
}
