package no.samspill.notifications.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.samspill.notifications.NoticeCentre;
import no.samspill.platform.ui.HeaderItem;
import no.samspill.platform.ui.UserMenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the notifications module adds to the shell's header: the bell, and "Notification settings" in the menu. */
@Configuration(proxyBeanMethods = false)
class NoticeHeaderContributions {

    @Bean
    HeaderItem noticeBell(NoticeCentre centre) {
        return new HeaderItem() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public Optional<Component> create() {
                return Optional.of(new NoticeBell(centre));
            }
        };
    }

    @Bean
    UserMenuEntry noticeSettingsEntry() {
        return new UserMenuEntry() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public String titleKey() {
                return "notices.settings.menu";
            }

            @Override
            public String route() {
                return NoticeSettingsView.ROUTE;
            }
        };
    }
}
