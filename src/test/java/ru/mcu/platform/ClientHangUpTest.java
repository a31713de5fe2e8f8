package ru.mcu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.IntegrationTest;

/** A caller that hangs up in the middle of an answer is not an error of the application. */
@ExtendWith(OutputCaptureExtension.class)
class ClientHangUpTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private void hangUpDuring(String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setReceiveBufferSize(1024);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString("mcu-head:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.getInputStream().read(new byte[16]);
            socket.setSoLinger(true, 0);
        }
    }

    @Test
    void shouldNotLogAnErrorWhenTheCallerHangsUp(CapturedOutput output) throws Exception {
        for (int i = 0; i < 5; i++) {
            hangUpDuring("/v3/api-docs");
            hangUpDuring("/api/analytics/export/cases.csv?from=2020-01-01&to=2030-12-31");
            hangUpDuring("/camunda/app/tasklist/assets/vendor.js");
        }
        // a second, normal request after the hang-ups is served and has been logged after them
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(200);

        // (other tests' background jobs may log in the shared context meanwhile: look for the hang-ups only)
        assertThat(output.getAll()).doesNotContain("AsyncRequestNotUsableException", "ClientAbortException",
                "Connection reset by peer", "Broken pipe");
    }
}
