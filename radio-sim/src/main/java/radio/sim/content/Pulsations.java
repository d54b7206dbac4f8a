package radio.sim.content;

import java.util.List;

/**
 * Coherent pulsation modes (γ Dor, slowly pulsating B stars, classical pulsators with long periods): a sum of
 * sinusoids.
 *
 * @param modes the pulsation modes
 */
public record Pulsations(List<Mode> modes) implements Signal {
    /**
     * @param periodDays period, days
     * @param amplitude  semi-amplitude, fraction of the flux
     * @param phase      phase at time 0, radians
     */
    public record Mode(double periodDays, double amplitude, double phase) {
        public Mode {
            if (!(periodDays > 0) || amplitude < 0) {
                throw new IllegalArgumentException("implausible pulsation mode: P=" + periodDays + ", A=" + amplitude);
            }
        }
    }

    public Pulsations {
        modes = List.copyOf(modes);
    }

    @Override
    public void apply(double[] time, double[] relativeFlux) {
        for (int i = 0; i < time.length; i++) {
            double v = 1;
            for (Mode m : modes) {
                v += m.amplitude() * Math.sin(2 * Math.PI * time[i] / m.periodDays() + m.phase());
            }
            relativeFlux[i] *= v;
        }
    }
}
