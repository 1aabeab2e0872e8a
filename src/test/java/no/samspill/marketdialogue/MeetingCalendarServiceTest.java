package no.samspill.marketdialogue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import com.vaadin.flow.i18n.I18NProvider;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class MeetingCalendarServiceTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    MeetingService meetings;
    @Autowired
    ResponseService responses;
    @Autowired
    TestUsers users;
    @Autowired
    I18NProvider i18n;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_booked_meeting_comes_as_an_ics_file_with_its_time_in_utc_the_place_and_the_buyers_name() {
        String title = "Kalender " + UUID.randomUUID();
        DialogueFixture.Built d = fixture.published(title, "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        LocalDateTime start = LocalDateTime.now().plusDays(5).withHour(13).withMinute(0).withSecond(0).withNano(0);
        SlotView slot = meetings.offer(d.dialogueId(), start, 45, "https://teams.example/meet/1").getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        String ics = new String(meetings.calendar(d.dialogueId(), nb()).bytes(), StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");
        String utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(start.atZone(ZoneId.of("Europe/Oslo"))
                .withZoneSameInstant(ZoneOffset.UTC));
        assertThat(unfolded).contains("DTSTART:" + utc + "\r\n", "LOCATION:https://teams.example/meet/1\r\n",
                "SUMMARY:En-til-en-møte med Helse Sør-Øst RHF: " + title + "\r\n", "Europe/Oslo");
        assertThat(unfolded).containsPattern("\r\nUID:samspill-meeting-" + slot.id() + "-\\d+@samspill\r\n");
        // the same booking gives the same UID, so a second import updates the event
        String again = new String(meetings.calendar(d.dialogueId(), nb()).bytes(), StandardCharsets.UTF_8);
        assertThat(uid(again)).isEqualTo(uid(ics));
    }

    @Test
    void only_the_supplier_that_booked_gets_the_calendar_file() {
        DialogueFixture.Built d = fixture.published("Kalender isolert " + UUID.randomUUID(), "Medtronic",
                "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(6).withHour(10), 30, "Ullevål")
                .getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        assertThatThrownBy(() -> meetings.calendar(d.dialogueId(), nb())).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> meetings.calendar(d.dialogueId(), nb())).isInstanceOf(ForbiddenException.class);
    }

    private static String uid(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }

    private Translator nb() {
        return Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
    }
}
