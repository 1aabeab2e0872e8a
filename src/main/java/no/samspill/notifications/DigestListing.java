package no.samspill.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Component;

/**
 * The digest's text: its notices grouped by tenant (a heading with the tenant's name) and, within it, by object
 * (the object's notices, then one link to it). Each line is the notice's own text, so it says no more than the
 * notice does in the portal.
 */
@Component
class DigestListing {

    private final SamspillI18NProvider texts;
    private final TenantDirectory tenants;
    private final NoticeMails mails;

    DigestListing(SamspillI18NProvider texts, TenantDirectory tenants, NoticeMails mails) {
        this.texts = texts;
        this.tenants = tenants;
        this.mails = mails;
    }

    /** @param items ordered by tenant and object */
    String render(List<Item> items, Language language) {
        Map<Long, TenantSummary> names = tenants.summariesOf(items.stream().map(Item::tenantId).distinct().toList());
        Map<Long, Map<String, List<Item>>> grouped = new LinkedHashMap<>();
        for (Item item : items) {
            grouped.computeIfAbsent(item.tenantId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(item.object(), k -> new ArrayList<>()).add(item);
        }
        List<String> sections = new ArrayList<>();
        grouped.forEach((tenantId, objects) -> {
            StringBuilder section = new StringBuilder(
                    names.containsKey(tenantId) ? names.get(tenantId).name() : "").append('\n');
            objects.values().forEach(notices -> {
                for (Item notice : notices) {
                    String text = texts.getTranslation("notice." + notice.kind(), language.locale(),
                            NoticeArgs.localised(notice.args(), language.locale()));
                    section.append("• ").append(text.replaceAll("\\s+", " ").strip()).append('\n');
                }
                section.append("  ").append(mails.link(notices.getFirst().route())).append('\n');
            });
            sections.add(section.toString().strip());
        });
        return String.join("\n\n", sections);
    }

    record Item(long id, long tenantId, String kind, String object, String route, List<String> args) {
    }
}
