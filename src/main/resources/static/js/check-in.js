// Check-in page: after each check-in, clear the code for the next person; where the browser can
// read QR codes (BarcodeDetector, e.g. Chrome on Android), offer the camera.
(function () {
  var form = document.getElementById('check-in-form');
  var code = document.getElementById('code');
  if (!form || !code) { return; }
  form.addEventListener('htmx:afterRequest', function (e) {
    if (e.detail.successful) { code.value = ''; code.focus(); }
  });
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices) { return; }
  var scan = document.getElementById('scan');
  var video = document.getElementById('scanner');
  scan.classList.remove('d-none');
  scan.addEventListener('click', function () {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.classList.remove('d-none');
      video.play();
      var look = function () {
        detector.detect(video).then(function (found) {
          if (found.length > 0) {
            code.value = found[0].rawValue;
            stream.getTracks().forEach(function (t) { t.stop(); });
            video.classList.add('d-none');
            form.requestSubmit();
          } else {
            window.requestAnimationFrame(look);
          }
        }).catch(function () { window.requestAnimationFrame(look); });
      };
      look();
    });
  });
})();
