package no.samspill.platform;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dependency rules on their own: no Spring, no database. */
class DependenciesTest {

    // 1 depends on 2, 2 on 3; 4 stands alone
    private final Dependencies plan = new Dependencies(Map.of(1L, Set.of(2L), 2L, Set.of(3L), 3L, Set.of(),
            4L, Set.of()));

    @Test
    void an_item_that_would_reach_itself_through_the_chain_makes_a_cycle() {
        assertThat(plan.createsCycle(3L, Set.of(1L))).isTrue();
        assertThat(plan.createsCycle(1L, Set.of(1L))).isTrue();
    }

    @Test
    void depending_on_an_unrelated_or_downstream_item_is_no_cycle() {
        assertThat(plan.createsCycle(1L, Set.of(3L, 4L))).isFalse();
        assertThat(plan.createsCycle(4L, Set.of(1L))).isFalse();
    }

    @Test
    void dependants_are_the_items_that_depend_directly_on_one() {
        assertThat(plan.dependantsOf(3L)).containsExactly(2L);
        assertThat(plan.dependantsOf(1L)).isEmpty();
    }

    @Test
    void only_the_plans_own_items_are_known() {
        assertThat(plan.knows(Set.of(1L, 4L))).isTrue();
        assertThat(plan.knows(Set.of(1L, 99L))).isFalse();
    }
}
