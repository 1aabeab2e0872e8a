package no.samspill.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void an_ipv4_address_counts_on_its_own() {
        assertThat(ClientAddresses.key("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientAddresses.key("192.0.2.8")).isNotEqualTo(ClientAddresses.key("192.0.2.7"));
    }

    @Test
    void ipv6_addresses_count_per_64_block_since_one_client_holds_a_whole_block() {
        assertThat(ClientAddresses.key("2001:db8:1:2:aaaa:0:0:1")).isEqualTo("2001:db8:1:2::/64")
                .isEqualTo(ClientAddresses.key("[2001:db8:1:2:ffff::99]"));
        assertThat(ClientAddresses.key("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
    }

    @Test
    void an_ipv4_mapped_ipv6_address_counts_as_the_ipv4_address() {
        assertThat(ClientAddresses.key("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void a_missing_or_odd_address_counts_as_unknown_and_is_never_looked_up() {
        assertThat(ClientAddresses.key(null)).isEqualTo(ClientAddresses.UNKNOWN);
        assertThat(ClientAddresses.key(" ")).isEqualTo(ClientAddresses.UNKNOWN);
        assertThat(ClientAddresses.key("example.org")).isEqualTo(ClientAddresses.UNKNOWN);
    }
}
