package no.samspill.actionplan;

import java.util.Locale;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.platform.i18n.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Gives a new item its number: "A1.2" as typed, or "A1" for the next free sub-number under A1. A number is never
 * given twice in a plan, removed items included. The caller holds the plan's lock.
 */
@Component
class ItemNumbering {

    private static final int SUB_MAX = 99;

    private final ActionItemRepository items;

    ItemNumbering(ActionItemRepository items) {
        this.items = items;
    }

    ItemNumber assign(long planId, String requested) {
        String text = requested.strip().toUpperCase(Locale.ROOT);
        ItemNumber number;
        if (text.matches("[A-Z]\\d{1,2}")) {
            String letter = text.substring(0, 1);
            int main = Integer.parseInt(text.substring(1));
            if (main == 0) {
                throw new ValidationException("item.error.number", requested);
            }
            number = new ItemNumber(letter.charAt(0), main, items.highestSub(planId, letter, main) + 1);
            if (number.sub() > SUB_MAX) {
                throw new ValidationException("item.error.number-full", text);
            }
        } else {
            number = ItemNumber.parse(text);
        }
        if (items.numberTaken(planId, String.valueOf(number.group()), number.main(), number.sub())) {
            throw new ValidationException("item.error.number-taken", number.toString());
        }
        return number;
    }
}
