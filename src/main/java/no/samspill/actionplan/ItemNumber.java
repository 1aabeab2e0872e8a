package no.samspill.actionplan;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.ValidationException;

/** An item's number: group letter, number and sub-number, written A1.1. It orders A1.2 before A1.10. */
public record ItemNumber(char group, int main, int sub) implements Comparable<ItemNumber> {

    private static final Pattern FORMAT = Pattern.compile("([A-Z])(\\d{1,2})\\.(\\d{1,2})");
    private static final Comparator<ItemNumber> ORDER = Comparator.comparing(ItemNumber::group)
            .thenComparingInt(ItemNumber::main).thenComparingInt(ItemNumber::sub);

    public static ItemNumber parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(2)) == 0 || Integer.parseInt(m.group(3)) == 0) {
            throw new ValidationException("item.error.number", text);
        }
        return new ItemNumber(m.group(1).charAt(0), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(ItemNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return group + "" + main + "." + sub;
    }
}
