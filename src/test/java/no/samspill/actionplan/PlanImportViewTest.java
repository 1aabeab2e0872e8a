package no.samspill.actionplan;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class PlanImportViewTest extends KaribuTest {

    @Autowired
    ActionPlanService plans;

    @Test
    void a_bad_file_shows_its_problems_by_row_and_a_good_one_imports() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Importvisning " + UUID.randomUUID(), "");
        loginAndOpen(TestUsers.SKI_ADMIN, "action-plans/" + plan.id());
        _click(_get(Button.class, s -> s.withId("open-import")));
        _upload(_get(Upload.class), "plan.csv", "text/csv",
                "A1.1;Ok rad;;;grønn;;\nA1.2;Feil status;;;blå;;\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(_size(_get(Grid.class, s -> s.withId("import-problems")))).isEqualTo(1);
        assertThat(_get(Button.class, s -> s.withId("do-import")).isEnabled()).isFalse();

        _upload(_get(Upload.class), "plan.csv", "text/csv",
                "A1.1;Ok rad;;;grønn;;\nA1.2;Også ok;;;rød;JULI 2020;\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, s -> s.withId("do-import")));
        assertThat(plans.items(plan.id(), PlanFilter.ALL)).hasSize(2);
    }

    @Test
    void a_file_over_the_import_limit_is_refused_on_the_server_with_a_message_and_the_browser_knows_the_limit() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Importgrense " + UUID.randomUUID(), "");
        loginAndOpen(TestUsers.SKI_ADMIN, "action-plans/" + plan.id());
        _click(_get(Button.class, s -> s.withId("open-import")));
        Upload upload = _get(Upload.class);
        assertThat(upload.getMaxFileSize()).isEqualTo(PlanImportService.MAX_IMPORT_BYTES);
        byte[] tooBig = new byte[PlanImportService.MAX_IMPORT_BYTES + 1];
        java.util.Arrays.fill(tooBig, (byte) ';');
        _upload(upload, "plan.csv", "text/csv", tooBig);
        MockVaadin.clientRoundtrip(false);
        assertThat(lastNotification()).isEqualTo("Filen er for stor: høyst 5 MB.");
        assertThat(_get(Button.class, s -> s.withId("do-import")).isEnabled()).isFalse();
    }
}
