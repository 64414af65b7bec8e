package io.ohmvision.channels.codec;

import java.util.Set;

/** Reads picture size and frame rate from an H.264 sequence parameter set (ITU-T H.264 7.3.2.1.1, E.1.1). */
public final class H264Sps {

    private static final int NAL_TYPE_SPS = 7;
    /** Profiles whose SPS carries chroma format, bit depths and scaling lists. */
    private static final Set<Integer> HIGH_PROFILES = Set.of(100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135);
    private static final int EXTENDED_SAR = 255;
    /** The standard's own limit (7.4.2.1.1). */
    private static final int MAX_REF_FRAMES_IN_CYCLE = 255;

    private H264Sps() {
    }

    /** @param nalUnit the SPS NAL unit including its one-byte header, without a start code */
    public static PictureFormat parse(byte[] nalUnit) {
        if (nalUnit.length < 4 || (nalUnit[0] & 0x1f) != NAL_TYPE_SPS) {
            throw new InvalidBitstreamException("not an H.264 SPS NAL unit");
        }
        BitReader in = new BitReader(nalUnit);
        in.skip(8); // NAL header
        int profileIdc = in.bits(8);
        in.skip(16); // constraint flags, level_idc
        in.ue(); // seq_parameter_set_id
        int chromaFormatIdc = 1; // 4:2:0 unless a high profile says otherwise
        boolean separateColourPlanes = false;
        if (HIGH_PROFILES.contains(profileIdc)) {
            chromaFormatIdc = in.ue();
            if (chromaFormatIdc > 3) {
                throw new InvalidBitstreamException("chroma_format_idc out of range");
            }
            if (chromaFormatIdc == 3) {
                separateColourPlanes = in.flag();
            }
            in.ue(); // bit_depth_luma_minus8
            in.ue(); // bit_depth_chroma_minus8
            in.skip(1); // qpprime_y_zero_transform_bypass_flag
            if (in.flag()) { // seq_scaling_matrix_present_flag
                int lists = chromaFormatIdc == 3 ? 12 : 8;
                for (int i = 0; i < lists; i++) {
                    if (in.flag()) {
                        skipScalingList(in, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        in.ue(); // log2_max_frame_num_minus4
        int picOrderCntType = in.ue();
        if (picOrderCntType == 0) {
            in.ue(); // log2_max_pic_order_cnt_lsb_minus4
        } else if (picOrderCntType == 1) {
            in.skip(1); // delta_pic_order_always_zero_flag
            in.se(); // offset_for_non_ref_pic
            in.se(); // offset_for_top_to_bottom_field
            int cycle = in.ue();
            if (cycle > MAX_REF_FRAMES_IN_CYCLE) {
                throw new InvalidBitstreamException("num_ref_frames_in_pic_order_cnt_cycle out of range");
            }
            for (int i = 0; i < cycle; i++) {
                in.se();
            }
        }
        in.ue(); // max_num_ref_frames
        in.skip(1); // gaps_in_frame_num_value_allowed_flag
        long widthInMbs = in.ue() + 1L;
        long heightInMapUnits = in.ue() + 1L;
        boolean frameMbsOnly = in.flag();
        if (!frameMbsOnly) {
            in.skip(1); // mb_adaptive_frame_field_flag
        }
        in.skip(1); // direct_8x8_inference_flag
        int fieldFactor = frameMbsOnly ? 1 : 2;
        long width = widthInMbs * 16;
        long height = fieldFactor * heightInMapUnits * 16;
        if (in.flag()) { // frame_cropping_flag
            int chromaArrayType = separateColourPlanes ? 0 : chromaFormatIdc;
            int cropUnitX = chromaArrayType == 1 || chromaArrayType == 2 ? 2 : 1;
            int cropUnitY = (chromaArrayType == 1 ? 2 : 1) * fieldFactor;
            width -= cropUnitX * ((long) in.ue() + in.ue());
            height -= cropUnitY * ((long) in.ue() + in.ue());
        }
        Double fps = in.flag() ? frameRateFromVui(in) : null;
        return PictureFormat.checked(width, height, fps);
    }

    private static void skipScalingList(BitReader in, int size) {
        int last = 8;
        int next = 8;
        for (int j = 0; j < size && next != 0; j++) {
            next = (last + in.se() + 256) % 256;
            last = next == 0 ? last : next;
        }
    }

    /** Reads the VUI up to its timing info (E.1.1); a frame is two fields, hence the factor 2. */
    private static Double frameRateFromVui(BitReader in) {
        if (in.flag() && in.bits(8) == EXTENDED_SAR) { // aspect_ratio_info_present_flag, aspect_ratio_idc
            in.skip(32); // sar_width, sar_height
        }
        if (in.flag()) { // overscan_info_present_flag
            in.skip(1);
        }
        if (in.flag()) { // video_signal_type_present_flag
            in.skip(4); // video_format, video_full_range_flag
            if (in.flag()) { // colour_description_present_flag
                in.skip(24);
            }
        }
        if (in.flag()) { // chroma_loc_info_present_flag
            in.ue();
            in.ue();
        }
        if (!in.flag()) { // timing_info_present_flag
            return null;
        }
        long unitsInTick = in.bits(32) & 0xffffffffL;
        long timeScale = in.bits(32) & 0xffffffffL;
        return unitsInTick == 0 ? null : timeScale / (2.0 * unitsInTick);
    }
}
