package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.UUID;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.procurement.Category;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A national procurement body's group with members from an invited region, and who else still sees nothing. */
@SamspillSpringTest
class CrossTenantGroupTest {

    /** Per at Sørlandet sykehus: unlike Kari, no other test gives him a membership in Sykehusinnkjøp. */
    private static final String PER = "klinikker.sshf@helse-sorost.demo";

    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Autowired
    GroupService groups;

    @Autowired
    ReviewDocumentService documents;

    @Autowired
    ReviewCommentService comments;

    @Autowired
    TenantService tenants;

    @Test
    void an_invited_region_sends_a_member_who_reviews_while_the_rest_of_the_region_sees_nothing() {
        users.login(TestUsers.HSO_ADMIN);
        long hso = tenants.activeTenant().id();
        users.login(TestUsers.SKI_ADMIN);
        GroupDetails g = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Nasjonalt råd " + UUID.randomUUID(),
                null, Category.BHM, true, new Mandate("", "", "", null, null, null)));
        long groupId = g.id();
        assertThat(g.canInvite()).isTrue();
        // before the invitation nobody of the region can be taken in
        assertThat(groups.candidates(groupId, "", 0, 500)).noneMatch(c -> c.email().equals(PER));
        assertThat(groups.invitableTenants(groupId)).extracting(TenantSummary::name).contains("Helse Sør-Øst RHF")
                .doesNotContain("Sykehusinnkjøp HF", "Medtronic Norge AS");
        assertThatThrownBy(() -> groups.unitOptions(groupId, hso)).hasMessageContaining("group.error.unit");
        g = groups.inviteTenant(groupId, hso);
        assertThat(g.invitedTenants()).containsExactly("Helse Sør-Øst RHF");
        assertThatThrownBy(() -> groups.inviteTenant(groupId, hso)).hasMessageContaining("group.error.tenant");
        Candidate per = groups.candidates(groupId, PER, 0, 10).stream().filter(c -> c.email().equals(PER))
                .findFirst().orElseThrow();
        assertThat(per.tenantId()).isEqualTo(hso);
        long sshf = groups.unitOptions(groupId, hso).stream()
                .filter(u -> u.name().equals("Sørlandet sykehus HF")).findFirst().orElseThrow().id();
        g = groups.addMember(groupId, per.userId(), sshf, GroupRole.MEMBER, LocalDate.of(2026, 1, 15));
        assertThat(g.members()).singleElement().satisfies(m -> {
            assertThat(m.organisation()).isEqualTo("Helse Sør-Øst RHF");
            assertThat(m.unitName()).isEqualTo("Sørlandet sykehus HF");
        });
        // the region's health trusts count for the representation check; the represented one does not show
        assertThat(g.missingUnits()).contains("Akershus universitetssykehus HF")
                .doesNotContain("Sørlandet sykehus HF");
        DocumentSummary doc = documents.publish(groupId, new DocumentForm("Nasjonal behovsanalyse",
                DocumentKind.NEEDS_ANALYSIS, groups.today(), groups.today().plusDays(10)), ReviewServiceTest.V1);

        users.login(PER);
        assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::id).contains(groupId);
        GroupDetails seen = groups.details(groupId);
        assertThat(seen.canInvite()).isFalse();
        assertThat(seen.canManage()).isFalse();
        assertThatThrownBy(() -> groups.inviteTenant(groupId, hso)).isInstanceOf(ForbiddenException.class);
        ReviewPage page = documents.page(doc.id(), 0);
        assertThat(page.canComment()).isTrue();
        assertThat(page.myUnit()).isEqualTo("Sørlandet sykehus HF");
        CommentRow c = comments.comment(doc.id(), page.sections().getFirst().id(), "Fra SSHF.", true);
        assertThat(c.unit()).isEqualTo("Sørlandet sykehus HF");
        assertThat(documents.waitingForMe()).extracting(WaitingDocument::documentId).doesNotContain(doc.id());

        // the invitation is no grant to the region's leads, nor to anyone else
        for (String outsider : new String[] {TestUsers.HSO_ADMIN, TestUsers.HSO_LEAD, TestUsers.RM_ADMIN,
                "klinikker.ahus@helse-sorost.demo", TestUsers.HSO_MEMBER}) {
            users.login(outsider);
            assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::id).doesNotContain(groupId);
            assertThatThrownBy(() -> groups.details(groupId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> documents.page(doc.id(), 0)).isInstanceOf(NotFoundException.class);
        }
        // a supplier has no grant to any group: it is not found, not forbidden, so its existence stays unknown
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> groups.details(groupId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.page(doc.id(), 0)).isInstanceOf(NotFoundException.class);

        // the owner still runs it: disposes the region's comment
        users.login(TestUsers.SKI_ADMIN);
        assertThat(comments.dispose(c.id(), c.version(), Disposition.NOTED, "").disposition())
                .isEqualTo(Disposition.NOTED);
    }

    @Test
    void the_demo_national_council_shows_in_the_region_of_its_members() {
        users.login(TestUsers.HSO_MEMBER);
        GroupSummary national = groups.groups("", 0, 500).stream()
                .filter(s -> s.name().equals("Nasjonalt produktråd for behandlingshjelpemidler")).findFirst()
                .orElseThrow();
        GroupDetails d = groups.details(national.id());
        assertThat(d.members()).filteredOn(m -> m.role() == GroupRole.CHAIR).singleElement()
                .satisfies(m -> assertThat(m.organisation()).isEqualTo("Helse Sør-Øst RHF"));
        assertThat(d.canManage()).isTrue();
        assertThat(d.canInvite()).isFalse();
    }
}
