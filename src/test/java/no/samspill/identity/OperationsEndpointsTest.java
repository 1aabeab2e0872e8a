package no.samspill.identity;

import no.samspill.support.SamspillSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators and browsers get without logging in: health, and nothing more of the actuator (no metrics without a
 * management port: PrometheusEndpointTest); the headers.
 */
@SamspillSpringTest
class OperationsEndpointsTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    PathMappedEndpoints endpoints;
    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void health_liveness_and_readiness_answer_without_login_and_without_details() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness", "/livez", "/readyz"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("\"status\":\"UP\"")))
                    .andExpect(content().string(not(containsString("details"))))
                    .andExpect(content().string(not(containsString("components"))));
        }
    }

    @Test
    void no_other_actuator_endpoint_exists_and_the_rest_is_behind_the_login() throws Exception {
        assertThat(endpoints.getAllPaths()).containsExactly("/actuator/health");
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/info", "/actuator/metrics",
                "/actuator/beans", "/actuator/heapdump", "/actuator/prometheus"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void pages_carry_a_content_security_policy_and_the_other_protective_headers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                // not in dev and test: HSTS belongs to prod (and only on HTTPS)
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
