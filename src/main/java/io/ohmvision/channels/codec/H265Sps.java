package io.ohmvision.channels.codec;

/** Reads the picture size from an H.265 sequence parameter set (ITU-T H.265 7.3.2.2.1, 7.3.3). */
public final class H265Sps {

    private static final int NAL_TYPE_SPS = 33;
    /** Sub-layer profile fields: space, tier, profile, 32 compatibility flags, 4 source flags, 43 + 1 reserved. */
    private static final int SUB_LAYER_PROFILE_BITS = 88;
    private static final int LEVEL_BITS = 8;

    private H265Sps() {
    }

    /**
     * @param nalUnit the SPS NAL unit including its two-byte header, without a start code
     * @return the size; fps is null because it sits deep in the VUI behind fields this probe does not need
     */
    public static PictureFormat parse(byte[] nalUnit) {
        if (nalUnit.length < 4 || (nalUnit[0] >> 1 & 0x3f) != NAL_TYPE_SPS) {
            throw new InvalidBitstreamException("not an H.265 SPS NAL unit");
        }
        BitReader in = new BitReader(nalUnit);
        in.skip(16); // NAL header
        in.skip(4); // sps_video_parameter_set_id
        int maxSubLayersMinus1 = in.bits(3);
        in.skip(1); // sps_temporal_id_nesting_flag
        skipProfileTierLevel(in, maxSubLayersMinus1);
        in.ue(); // sps_seq_parameter_set_id
        int chromaFormatIdc = in.ue();
        if (chromaFormatIdc > 3) {
            throw new InvalidBitstreamException("chroma_format_idc out of range");
        }
        boolean separateColourPlanes = chromaFormatIdc == 3 && in.flag();
        long width = in.ue();
        long height = in.ue();
        if (in.flag()) { // conformance_window_flag
            int chromaArrayType = separateColourPlanes ? 0 : chromaFormatIdc;
            int subWidth = chromaArrayType == 1 || chromaArrayType == 2 ? 2 : 1;
            int subHeight = chromaArrayType == 1 ? 2 : 1;
            width -= subWidth * ((long) in.ue() + in.ue());
            height -= subHeight * ((long) in.ue() + in.ue());
        }
        return PictureFormat.checked(width, height, null);
    }

    /** profile_tier_level(1, maxSubLayersMinus1), 7.3.3. */
    private static void skipProfileTierLevel(BitReader in, int maxSubLayersMinus1) {
        in.skip(SUB_LAYER_PROFILE_BITS + LEVEL_BITS); // general profile and general_level_idc
        boolean[] profilePresent = new boolean[maxSubLayersMinus1];
        boolean[] levelPresent = new boolean[maxSubLayersMinus1];
        for (int i = 0; i < maxSubLayersMinus1; i++) {
            profilePresent[i] = in.flag();
            levelPresent[i] = in.flag();
        }
        if (maxSubLayersMinus1 > 0) {
            in.skip(2 * (8 - maxSubLayersMinus1)); // reserved_zero_2bits
        }
        for (int i = 0; i < maxSubLayersMinus1; i++) {
            in.skip((profilePresent[i] ? SUB_LAYER_PROFILE_BITS : 0) + (levelPresent[i] ? LEVEL_BITS : 0));
        }
    }
}
