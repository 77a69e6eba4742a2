package io.talentflow.web;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a request may give the server in its Host header: localhost, the address it listens on
 * (every address of the machine when it listens on all of them), and the names given with
 * {@code serve --allowed-host}. Any other name is refused with 421: a page elsewhere whose name was
 * made to resolve to this machine (DNS rebinding) cannot read the API through the browser.
 */
final class AllowedHosts
{
    private static final Pattern PORT = Pattern.compile(":\\d*$");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> names = new HashSet<>();

    AllowedHosts(String boundHost, List<String> extra)
    {
        names.add("localhost");
        names.add(normal("127.0.0.1"));
        names.add(normal("::1"));
        names.add(normal(boundHost));
        if (wildcard(boundHost)) {
            names.addAll(machineAddresses());
        }
        extra.forEach(name -> names.add(normal(name)));
    }

    /** Refuses a request whose Host header names none of the allowed names; one without the header (HTTP/1.0) passes. */
    void check(Context context)
    {
        String host = context.header("Host");
        if (host != null && !host.isBlank() && !names.contains(normal(withoutPort(host.strip())))) {
            String shown = host.length() <= 60 ? host : host.substring(0, 60) + "...";
            throw ApiException.misdirected("This server does not answer for the host '" + shown + "'; open it as localhost or its own address,"
                    + " or start it with --allowed-host NAME.");
        }
    }

    private static String withoutPort(String host)
    {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(1, close);
        }
        return host.indexOf(':') == host.lastIndexOf(':') ? PORT.matcher(host).replaceFirst("") : host;
    }

    /** A literal address in its one spelling ("::1", "[0:0::1]" alike); a name in lower case without a final dot. */
    private static String normal(String host)
    {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        name = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (IPV4.matcher(name).matches() || name.indexOf(':') >= 0) {
            return literal(name).map(InetAddress::getHostAddress).orElse(name);
        }
        return name;
    }

    /** Parses a literal address without any name lookup. */
    private static Optional<InetAddress> literal(String address)
    {
        try {
            return Optional.of(InetAddress.getByName(address));
        }
        catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean wildcard(String host)
    {
        String name = host.replace("[", "").replace("]", "");
        return (IPV4.matcher(name).matches() || name.indexOf(':') >= 0) && literal(name).map(InetAddress::isAnyLocalAddress).orElse(false);
    }

    private static Set<String> machineAddresses()
    {
        Set<String> addresses = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(network.getInetAddresses()).forEach(address -> addresses.add(normal(address.getHostAddress().replaceAll("%.*$", ""))));
            }
        }
        catch (SocketException e) {
            // without the list, the machine's own addresses need --allowed-host like any name
        }
        return addresses;
    }
}
