package ru.mcu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the demo seeds.
 *
 * @param users    create the demo users
 * @param appeals  file the demo appeals (only into an empty database)
 * @param password the password of every demo user
 * @param history  a closed year of demo history behind the live demo cases
 */
@ConfigurationProperties("mcu.demo")
public record DemoProperties(boolean users, boolean appeals, String password, History history) {

    public DemoProperties {
        history = history == null ? new History(false, null, null, null) : history;
    }

    /**
     * The demo history ({@code mcu.demo.history.*}): closed cases over the months before today,
     * written once into a database that has none.
     *
     * @param enabled seed it (the demo profile); off by default and in the tests
     * @param cases   about how many cases (default 6 000)
     * @param months  how many months back from today (default 12)
     * @param seed    the seed of the generator: the same seed and day give the same history
     */
    public record History(boolean enabled, Integer cases, Integer months, Long seed) {

        public History {
            cases = cases == null ? 6000 : cases;
            months = months == null ? 12 : months;
            seed = seed == null ? 20_260_810L : seed;
            if (cases < 0 || months < 1) {
                throw new IllegalArgumentException("mcu.demo.history: cases >= 0 and months >= 1");
            }
        }
    }
}
