package radio.sim.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK server handler in front of a {@link Service}: reads the request, lets {@link Traffic} count, log,
 * delay and pick a fault, then applies connection-level faults itself and hands the rest to the service.
 */
public final class Dispatcher implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Service service;
    private final Traffic traffic;

    public Dispatcher(Service service, Traffic traffic) {
        this.service = service;
        this.traffic = traffic;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean aborted = false;
        try {
            Request request;
            try {
                request = Request.read(exchange);
            } catch (BadRequestException e) {
                badRequest(exchange, e.getMessage());
                return;
            }
            Endpoint endpoint = service.classify(request);
            Optional<Fault> fault = traffic.admit(endpoint, request);
            Reply reply = new Reply(exchange, fault, traffic, request.head());
            if (fault.isPresent() && fault.get() == Fault.RESET) {
                reply.abort("reset");
            }
            if (fault.isPresent() && (fault.get() == Fault.HTTP_503 || fault.get() == Fault.SLOW_DOWN)) {
                service.unavailable(request, reply, fault.get());
                return;
            }
            service.handle(request, reply);
        } catch (AbortConnection e) {
            aborted = true;
            LOG.debug("dropping connection: {}", e.getMessage());
            throw e;
        } catch (BadRequestException e) {
            badRequest(exchange, e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("client went away during {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                    e.toString());
        } catch (RuntimeException e) {
            LOG.warn("simulated service failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            try {
                byte[] body = ("simulated archive error: " + e).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException | RuntimeException ignored) {
                // headers may already be out; the connection is closed below either way
            }
        } finally {
            if (!aborted) {
                exchange.close();
            }
        }
    }

    private static void badRequest(HttpExchange exchange, String message) {
        try {
            byte[] body = ("Bad Request: " + message + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            LOG.debug("could not send 400: {}", e.toString());
        }
    }
}
