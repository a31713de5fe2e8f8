package ru.mcu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** jakarta.mail finds its stream provider by name, without a class-path scan per message part. */
class MailStreamProviderTest {

    private final String before = System.getProperty(MailTransportConfiguration.STREAM_PROVIDER);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(MailTransportConfiguration.STREAM_PROVIDER);
        } else {
            System.setProperty(MailTransportConfiguration.STREAM_PROVIDER, before);
        }
    }

    @Test
    void shouldBuildMessagePartsWithoutScanningTheClassPath() throws Exception {
        System.clearProperty(MailTransportConfiguration.STREAM_PROVIDER);
        assertThat(scansWhileBuildingAMultipart()).as("without the property every part scans the class path").isPositive();

        MailTransportConfiguration.nameTheStreamProvider();

        assertThat(System.getProperty(MailTransportConfiguration.STREAM_PROVIDER)).isEqualTo(MailTransportConfiguration.ANGUS_STREAM_PROVIDER);
        assertThat(scansWhileBuildingAMultipart()).isZero();
    }

    @Test
    void shouldKeepAProviderNamedByTheOperator() {
        // a provider that works: the property is JVM-wide, and another test's mail may be built meanwhile
        System.setProperty(MailTransportConfiguration.STREAM_PROVIDER, OwnStreams.class.getName());

        MailTransportConfiguration.nameTheStreamProvider();

        assertThat(System.getProperty(MailTransportConfiguration.STREAM_PROVIDER)).isEqualTo(OwnStreams.class.getName());
    }

    /** An operator's own stream provider. */
    public static class OwnStreams extends org.eclipse.angus.mail.util.MailStreamProvider {
    }

    /** How often the class path is searched for the provider while one multipart is built. */
    private static int scansWhileBuildingAMultipart() throws Exception {
        AtomicInteger scans = new AtomicInteger();
        ClassLoader counting = new ClassLoader(MailStreamProviderTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (name.endsWith(MailTransportConfiguration.STREAM_PROVIDER)) {
                    scans.incrementAndGet();
                }
                return super.getResources(name);
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(counting);
        try {
            new MimeMultipart("alternative");
        } finally {
            thread.setContextClassLoader(original);
        }
        return scans.get();
    }
}
