// Runs the npm onvif@0.8.3 client (an independent ONVIF implementation) against a device service: full connect
// sequence, then GetDeviceInformation, GetStreamUri and GetSnapshotUri. Usage: node onvif-npm-connect.js HOST PORT USER PASS
const { Cam } = require('onvif');
const [host, port, user, pass] = process.argv.slice(2);
new Cam({ hostname: host, port: Number(port), username: user, password: pass, timeout: 5000 }, function (err) {
  if (err) { console.log('CONNECT FAILED: ' + err.message); process.exit(1); }
  const cam = this;
  cam.getDeviceInformation((e, info) => {
    if (e) { console.log('GetDeviceInformation FAILED: ' + e.message); process.exit(1); }
    console.log('device: ' + JSON.stringify(info));
    console.log('profiles: ' + cam.profiles.map(p => p.$.token + ' ' + p.videoEncoderConfiguration.encoding + ' '
      + p.videoEncoderConfiguration.resolution.width + 'x' + p.videoEncoderConfiguration.resolution.height).join(', '));
    cam.getStreamUri({ protocol: 'RTSP' }, (e2, stream) => {
      if (e2) { console.log('GetStreamUri FAILED: ' + e2.message); process.exit(1); }
      console.log('stream: ' + stream.uri);
      cam.getSnapshotUri({}, (e3, snap) => {
        console.log(e3 ? 'GetSnapshotUri FAILED: ' + e3.message : 'snapshot: ' + snap.uri);
        process.exit(0);
      });
    });
  });
});
