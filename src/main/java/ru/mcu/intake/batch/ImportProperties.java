package ru.mcu.intake.batch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the batch import ({@code mcu.import.*}).
 *
 * @param maxFileSize    the largest file accepted; uploads as multipart are also bounded by
 *                       {@code spring.servlet.multipart.max-file-size}, keep the two equal
 * @param queueCapacity  how many jobs may wait behind the running one on this node
 * @param heartbeat      how often this node renews the heartbeat of the jobs it holds
 * @param abandonedAfter a running job whose heartbeat is older has lost its node (a crash or a
 *                       restart) and is marked failed; uploading the file again is safe
 */
@ConfigurationProperties("mcu.import")
record ImportProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("4") int queueCapacity,
        @DefaultValue("PT30S") Duration heartbeat,
        @DefaultValue("PT5M") Duration abandonedAfter) {
}
