package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.session.FakeClock;

/** The QR code reads back, LAN addresses are chosen sensibly, tokens and limits behave. */
class RoomPartsTest {
    @Test
    void theQrCodeReadsBackAsTheJoinAddress() throws Exception {
        // Many random tokens: every join address's code must read back. The image is a clean
        // rendering of the modules, so it is read as a pure barcode; ZXing's camera-oriented
        // detector now and then misplaced a finder pattern on such an image (a ChecksumException).
        Tokens tokens = new Tokens();
        for (int i = 0; i < 300; i++) {
            String url = "http://192.168.1.23:8765/j/" + tokens.token();
            QrCode qr = QrCode.of(url);
            int scale = 4;
            int side = (qr.size() + 2 * QrCode.QUIET_ZONE) * scale;
            int[] pixels = new int[side * side];
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int mx = x / scale - QrCode.QUIET_ZONE;
                    int my = y / scale - QrCode.QUIET_ZONE;
                    boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.dark(mx, my);
                    pixels[y * side + x] = dark ? 0xff000000 : 0xffffffff;
                }
            }
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
            assertThat(new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText()).isEqualTo(url);
            assertThat(qr.size()).as("small enough to scan from the back of a room").isLessThanOrEqualTo(41);
        }
    }

    @Test
    void tokensAreLongAndRandomAndCodesAreEasyToType() {
        Tokens tokens = new Tokens();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = tokens.token();
            assertThat(t).hasSize(24).matches("[A-Za-z0-9_-]+");
            assertThat(Tokens.looksLikeToken(t)).isTrue();
            assertThat(seen.add(t)).isTrue();
            String code = tokens.code();
            assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
            assertThat(Tokens.normaliseCode(code.toLowerCase(java.util.Locale.ROOT).substring(0, 3) + " - " + code.substring(3)))
                    .isEqualTo(code);
        }
        assertThat(Tokens.TOKEN_BYTES * 8).isGreaterThanOrEqualTo(128);
        assertThat(Tokens.normaliseCode("ABC12")).isNull();
        assertThat(Tokens.normaliseCode("ABCDE0")).isNull();
        assertThat(Tokens.normaliseCode("x".repeat(100))).isNull();
        assertThat(Tokens.looksLikeToken("../../../etc/passwd_____")).isFalse();
    }

    @Test
    void lanAddressesAreThePrivateOnesOfRealInterfaces() throws Exception {
        InetAddress wifi = InetAddress.getByName("192.168.1.23");
        InetAddress cable = InetAddress.getByName("10.0.0.5");
        InetAddress hotspot = InetAddress.getByName("172.20.10.2");
        List<LanAddresses.Address> found = LanAddresses.choose(List.of(
                new LanAddresses.Interface("lo", "lo", true, true, false, false, List.of(InetAddress.getLoopbackAddress())),
                new LanAddresses.Interface("docker0", "docker0", true, false, false, false, List.of(InetAddress.getByName("172.17.0.1"))),
                new LanAddresses.Interface("tun0", "tun0", true, false, false, true, List.of(InetAddress.getByName("10.8.0.2"))),
                new LanAddresses.Interface("enp3s0", "enp3s0", true, false, false, false, List.of(cable,
                        InetAddress.getByName("fe80::1"))),
                new LanAddresses.Interface("wlp2s0", "wlp2s0", true, false, false, false, List.of(wifi,
                        InetAddress.getByName("8.8.8.8"))),
                new LanAddresses.Interface("wlan1", "wlan1", true, false, false, false, List.of(hotspot)),
                new LanAddresses.Interface("eth1", "eth1", false, false, false, false, List.of(InetAddress.getByName("192.168.9.9")))));
        assertThat(found).extracting(LanAddresses.Address::address).containsExactly(wifi, cable, hotspot);
        assertThat(found).extracting(LanAddresses.Address::kind).containsExactly(LanAddresses.Kind.WIFI, LanAddresses.Kind.CABLE,
                LanAddresses.Kind.HOTSPOT);
        assertThat(LanAddresses.choose(List.of())).isEmpty();
    }

    @Test
    void aRateLimitRefillsWithTimeAndForgetsTheOldestKeys() {
        FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
        RateLimiter limiter = new RateLimiter(clock, new RateLimiter.Rule(3, Duration.ofSeconds(1)), 2);
        assertThat(List.of(limiter.acquire("a"), limiter.acquire("a"), limiter.acquire("a"))).containsOnly(Duration.ZERO);
        assertThat(limiter.exhausted("a")).isTrue();
        assertThat(limiter.acquire("a")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(1500));
        assertThat(limiter.exhausted("a")).isFalse();
        assertThat(limiter.acquire("a")).isZero();
        limiter.acquire("b");
        limiter.acquire("c");
        assertThat(limiter.size()).isEqualTo(2);
    }

    @Test
    void theLanguageFollowsThePhone() {
        assertThat(WebText.forAcceptLanguage("en-US,en;q=0.9").lang()).isEqualTo("en");
        assertThat(WebText.forAcceptLanguage("sv-SE,sv;q=0.9,en;q=0.8").lang()).isEqualTo("sv");
        assertThat(WebText.forAcceptLanguage("de-DE,de;q=0.9,en;q=0.5").lang()).isEqualTo("en");
        assertThat(WebText.forAcceptLanguage("fi,sv;q=0.5,en;q=0.4").lang()).isEqualTo("sv");
        assertThat(WebText.forAcceptLanguage("de").lang()).isEqualTo("sv");
        assertThat(WebText.forAcceptLanguage(";;;q=x").lang()).isEqualTo("sv");
        assertThat(WebText.forAcceptLanguage(null).lang()).isEqualTo("sv");
    }
}
