package io.gifticon.gateway;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryDecoder;
import io.netty.handler.codec.dns.DatagramDnsResponse;
import io.netty.handler.codec.dns.DatagramDnsResponseEncoder;
import io.netty.handler.codec.dns.DefaultDnsRawRecord;
import io.netty.handler.codec.dns.DnsQuestion;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outside world's DNS for the gateway's tests: a real UDP DNS server (Netty's codec) answering A and AAAA
 * queries from a table. Every name under {@code .hooks.example} is 127.0.0.1 (where the test receivers listen)
 * unless a test gives it other answers; each answer may be a sequence (first query, second query, ...) to play a
 * rebinding name. Counts the queries per name.
 */
final class FakeDns implements AutoCloseable {
    static final String ZONE = ".hooks.example";
    private static final Map<String, Deque<List<String>>> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> QUERIES = new ConcurrentHashMap<>();

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final Channel channel;

    FakeDns() {
        try {
            channel = new Bootstrap()
                    .group(group)
                    .channel(NioDatagramChannel.class)
                    .handler(new ChannelInitializer<DatagramChannel>() {
                        @Override
                        protected void initChannel(DatagramChannel ch) {
                            ch.pipeline()
                                    .addLast(
                                            new DatagramDnsQueryDecoder(),
                                            new DatagramDnsResponseEncoder(),
                                            new Responder());
                        }
                    })
                    .bind("127.0.0.1", 0)
                    .sync()
                    .channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** The name answers these addresses from now on (IPv4 for A, IPv6 for AAAA queries). */
    static void answer(String name, String... addresses) {
        Deque<List<String>> sequence = new ConcurrentLinkedDeque<>();
        sequence.add(List.of(addresses));
        ANSWERS.put(name.toLowerCase(Locale.ROOT), sequence);
    }

    /**
     * The name answers one address per A query in this order, the last one for ever after: a rebinding name (e.g.
     * public while it is checked, private when it is used).
     */
    static void rebind(String name, String... perQuery) {
        Deque<List<String>> sequence = new ConcurrentLinkedDeque<>();
        for (String address : perQuery) {
            sequence.add(List.of(address));
        }
        ANSWERS.put(name.toLowerCase(Locale.ROOT), sequence);
    }

    /** A queries received for the name. */
    static int queries(String name) {
        return QUERIES.getOrDefault(name.toLowerCase(Locale.ROOT), new AtomicInteger())
                .get();
    }

    private static List<String> lookUp(String name, boolean countAndAdvance) {
        Deque<List<String>> sequence = ANSWERS.get(name);
        if (sequence == null) {
            return name.endsWith(ZONE) ? List.of("127.0.0.1") : List.of();
        }
        if (countAndAdvance && sequence.size() > 1) {
            return sequence.poll();
        }
        return sequence.peek();
    }

    private static final class Responder extends SimpleChannelInboundHandler<DatagramDnsQuery> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsQuery query) throws Exception {
            DnsQuestion question = query.recordAt(DnsSection.QUESTION);
            String name = question.name().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            boolean a = question.type() == DnsRecordType.A;
            if (a) {
                QUERIES.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            }
            List<String> addresses = lookUp(name, a);
            DatagramDnsResponse response = new DatagramDnsResponse(query.recipient(), query.sender(), query.id());
            response.setRecursionAvailable(true);
            response.addRecord(DnsSection.QUESTION, question);
            if (addresses.isEmpty()) {
                response.setCode(DnsResponseCode.NXDOMAIN);
            }
            for (String text : addresses) {
                InetAddress address = InetAddress.getByName(text);
                boolean v4 = address instanceof Inet4Address;
                if (v4 == a && (question.type() == DnsRecordType.A || question.type() == DnsRecordType.AAAA)) {
                    response.addRecord(
                            DnsSection.ANSWER,
                            new DefaultDnsRawRecord(
                                    question.name(), question.type(), 0, Unpooled.wrappedBuffer(address.getAddress())));
                }
            }
            ctx.writeAndFlush(response);
        }
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully();
    }
}
