package radio.sim.server;

import java.io.IOException;

/** Answers 404 for paths no simulated service owns (counted as {@link Endpoint#UNKNOWN}). */
public final class NotFoundService implements Service {
    @Override
    public Endpoint classify(Request request) {
        return Endpoint.UNKNOWN;
    }

    @Override
    public void handle(Request request, Reply reply) throws IOException {
        reply.sendText(404, "text/plain", "Not Found: " + request.path() + " is not simulated\n");
    }
}
