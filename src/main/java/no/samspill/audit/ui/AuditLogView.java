package no.samspill.audit.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.audit.AuditLine;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.PageTitles;
import org.jspecify.annotations.Nullable;

/** The active tenant's audit log, for its admins: filter by user, action and dates; export as CSV. */
@Route("audit")
@Menu(title = "nav.audit", order = 95, icon = "vaadin:records")
@RolesAllowed(Role.TENANT_ADMIN_NAME)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLogService audit;
    private final ZoneId zone;
    private final Clock clock;
    private final Grid<AuditLine> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = DatePickers.date();
    private final DatePicker to = DatePickers.date();
    /** Read by the CSV download, which runs outside the UI lock. */
    private volatile AuditFilter filter = AuditFilter.NONE;

    AuditLogView(AuditLogService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.zone = audit.timeZone();
        setSizeFull();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(a -> getTranslation("action." + a));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        actor.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, exportLink());
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        add(new H1(getTranslation("audit.title")), filters, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // the log is read from other zones too (a platform admin, a colleague abroad): the zone is named
        grid.addColumn(l -> Formats.dateTimeZoned(l.row().occurredAt(), zone, getLocale()))
                .setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.row().actor()).setHeader(getTranslation("audit.actor")).setFlexGrow(2);
        grid.addColumn(AuditLine::action).setHeader(getTranslation("audit.action")).setFlexGrow(2);
        grid.addColumn(l -> l.entity() + " " + l.row().entityId()).setHeader(getTranslation("audit.entity"))
                .setFlexGrow(1);
        grid.addColumn(AuditLine::changes).setHeader(getTranslation("audit.changes")).setFlexGrow(4)
                .setTooltipGenerator(AuditLine::changes);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        // the words are found by the service, once per page, from the bundles: the columns only show them
        Translator words = Downloads.translator();
        // no count: counting a tenant's whole log costs more than the page; the grid grows as the user scrolls
        grid.setItems(q -> audit.read(filter, q.getOffset(), q.getLimit(), words).stream());
    }

    private Anchor exportLink() {
        // the file's date is the day the link was offered, as before; the filter is the one applied when clicked
        String fileName = "audit-" + LocalDate.now(clock.withZone(zone)) + ".csv";
        return Downloads.link("audit-export", getTranslation("audit.export"), VaadinIcon.DOWNLOAD, fileName,
                Downloads.CSV, t -> out -> {
                    try (Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                        audit.exportCsv(filter, zone, t, csv);
                    }
                });
    }

    private void applyFilter() {
        filter = new AuditFilter(actor.getValue(), action.getValue(), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
        grid.getDataProvider().refreshAll();
    }

    private java.time.@Nullable Instant startOf(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("audit.title");
    }
}
