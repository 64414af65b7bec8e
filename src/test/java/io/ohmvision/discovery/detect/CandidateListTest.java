package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.catalog.entity.LearnedTemplate;
import io.ohmvision.channels.QueryCredentials;
import io.ohmvision.channels.onvif.MediaProfile;
import io.ohmvision.channels.onvif.VideoEncoding;
import io.ohmvision.discovery.detect.Candidate.Source;
import io.ohmvision.discovery.scan.ScanPorts;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateListTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final String HOST = "192.0.2.10";

    private static CandidateList list(TemplateOrder order, int limit) {
        return new CandidateList(CATALOG, new ScanPorts(CATALOG), order, limit);
    }

    private static DeviceFacts device(List<Integer> open, List<MediaProfile> onvif, List<String> makers) {
        return new DeviceFacts(HOST, open, onvif, makers, null, null);
    }

    @Test
    void onvifUrisComeFirstThenTheRecognisedMakerThenTheRestOfTheCatalogue() {
        MediaProfile main = new MediaProfile("p1", "Main", new VideoEncoding("H264", 1920, 1080, 25.0),
                "rtsp://192.0.2.10:554/onvif/main", "http://192.0.2.10/onvif/snap.jpg");

        List<Candidate> candidates = list(TemplateOrder.catalogueOrder(), 100)
                .build(device(List.of(80, 554), List.of(main), List.of("hikvision"))).candidates();

        assertThat(candidates.get(0)).extracting(Candidate::url, Candidate::source, Candidate::kind)
                .containsExactly("rtsp://192.0.2.10:554/onvif/main", Source.ONVIF, Candidate.Kind.STREAM);
        assertThat(candidates.get(1)).extracting(Candidate::url, Candidate::kind)
                .containsExactly("http://192.0.2.10/onvif/snap.jpg", Candidate.Kind.SNAPSHOT);
        assertThat(candidates.get(2)).extracting(Candidate::url, Candidate::source, Candidate::manufacturerId)
                .containsExactly("rtsp://192.0.2.10:554/Streaming/Channels/101", Source.VENDOR, "hikvision");
        int firstOther = indexOfSource(candidates, Source.CATALOGUE);
        assertThat(candidates.subList(2, firstOther)).allMatch(c -> c.source() == Source.VENDOR);
        assertThat(candidates.subList(firstOther, candidates.size()))
                .allMatch(c -> c.source() == Source.CATALOGUE && !"hikvision".equals(c.manufacturerId()));
        // other makers: main streams before sub streams before snapshots
        List<String> otherHints = candidates.subList(firstOther, candidates.size()).stream().map(Candidate::hint)
                .toList();
        assertThat(otherHints.indexOf("main")).isLessThan(otherHints.indexOf("sub"));
        assertThat(otherHints.lastIndexOf("main")).isLessThan(otherHints.indexOf("snapshot"));
    }

    @Test
    void templatesAreRenderedOnlyForOpenPortsThatCarryTheirProtocol() {
        List<Candidate> candidates = list(TemplateOrder.catalogueOrder(), 500)
                .build(device(List.of(8554), List.of(), List.of("hikvision"))).candidates();

        assertThat(candidates).isNotEmpty().allMatch(c -> c.url().startsWith("rtsp://192.0.2.10:8554/"));
        assertThat(candidates).extracting(Candidate::url).contains("rtsp://192.0.2.10:8554/Streaming/Channels/102");

        assertThat(list(TemplateOrder.catalogueOrder(), 500).build(device(List.of(), List.of(), List.of("hikvision")))
                .candidates()).isEmpty();
    }

    @Test
    void credentialsInTheQueryBecomeEmptySlotsAndThoseInThePathAreLeftOut() {
        List<Candidate> candidates = list(TemplateOrder.catalogueOrder(), 500)
                .build(device(List.of(88, 554), List.of(), List.of("foscam", "xmeye"))).candidates();

        assertThat(candidates).extracting(Candidate::url)
                .contains("http://192.0.2.10:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=&pwd=",
                        "rtsp://192.0.2.10:554/videoMain")
                .noneMatch(url -> url.contains("/user=") || QueryCredentials.carriesValues(url));
    }

    @Test
    void rtmpAndHttpFlvTemplatesAreTriedOnTheirPorts() {
        List<Candidate> candidates = list(TemplateOrder.catalogueOrder(), 500)
                .build(device(List.of(80, 1935), List.of(), List.of("reolink"))).candidates();

        assertThat(candidates).extracting(Candidate::url).contains(
                "rtmp://192.0.2.10:1935/bcs/channel0_main.bcs?channel=0&stream=0&user=&password=",
                "http://192.0.2.10:80/flv?port=1935&app=bcs&stream=channel0_main.bcs&user=&password=");
    }

    @Test
    void aUrlFoundTwiceIsKeptWhereItFirstAppears() {
        MediaProfile same = new MediaProfile("p1", "Main", null, "rtsp://192.0.2.10:554/Streaming/Channels/101",
                null);

        List<Candidate> candidates = list(TemplateOrder.catalogueOrder(), 500)
                .build(device(List.of(554), List.of(same), List.of("hikvision"))).candidates();

        assertThat(candidates).filteredOn(c -> c.url().endsWith("/Streaming/Channels/101")).singleElement()
                .extracting(Candidate::source).isEqualTo(Source.ONVIF);
        assertThat(candidates).extracting(Candidate::url).doesNotHaveDuplicates();
    }

    @Test
    void templatesLearnedForOtherMakersComeBeforeTheRestOfTheCatalogue() {
        TemplateOrder learnedMilesightMain = (maker, model, firmware, templates) -> templates.stream()
                .map(owned -> new TemplateLearning.Ranked(owned, maker.equals("milesight")
                        && owned.template().url().text().endsWith("/main")
                        ? Optional.of(new LearnedTemplate("milesight", "", "", owned.template(), OffsetDateTime.now()))
                        : Optional.empty(), 0)).toList();

        List<Candidate> candidates = list(learnedMilesightMain, 500)
                .build(device(List.of(554), List.of(), List.of("hikvision"))).candidates();

        int learned = indexOfSource(candidates, Source.LEARNED);
        assertThat(candidates.get(learned).url()).isEqualTo("rtsp://192.0.2.10:554/main");
        assertThat(learned).isGreaterThan(indexOfSource(candidates, Source.VENDOR))
                .isLessThan(indexOfSource(candidates, Source.CATALOGUE));
    }

    @Test
    void theLimitCutsTheCatalogueTailAndSaysHowMuch() {
        CandidateList.Built all = list(TemplateOrder.catalogueOrder(), 1000)
                .build(device(List.of(80, 554), List.of(), List.of("dahua")));
        CandidateList.Built cut = list(TemplateOrder.catalogueOrder(), 20)
                .build(device(List.of(80, 554), List.of(), List.of("dahua")));

        assertThat(cut.candidates()).hasSize(20).containsExactlyElementsOf(all.candidates().subList(0, 20));
        assertThat(cut.leftOut()).isEqualTo(all.candidates().size() - 20);
        assertThat(cut.candidates().get(0).manufacturerId()).isEqualTo("dahua");
    }

    @Test
    void withoutARecognisedMakerEveryMakersMainStreamComesFirst() {
        List<Candidate> candidates = list(TemplateOrder.catalogueOrder(), 500)
                .build(device(List.of(554), List.of(), List.of())).candidates();

        assertThat(candidates).allMatch(c -> c.source() == Source.CATALOGUE);
        assertThat(candidates.get(0).hint()).isEqualTo("main");
        assertThat(candidates).extracting(Candidate::url).contains("rtsp://192.0.2.10:554/Streaming/Channels/101",
                "rtsp://192.0.2.10:554/cam/realmonitor?channel=1&subtype=0", "rtsp://192.0.2.10:554/stream1");
    }

    private static int indexOfSource(List<Candidate> candidates, Source source) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).source() == source) {
                return i;
            }
        }
        throw new AssertionError("no " + source + " candidate in " + candidates);
    }
}
