// modelops UI: draws the charts (Chart.js, from the JSON block each canvas names) in the colours of the
// current scheme, redraws them when the system switches light/dark, and enables "Compare selected" once
// two runs are ticked. The pages work without it: tables carry every number, forms submit plainly.
(() => {
  const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  const charts = [];

  function draw() {
    for (const chart of charts.splice(0)) chart.destroy();
    if (typeof Chart === "undefined") return;
    Chart.defaults.color = css("--muted");
    Chart.defaults.borderColor = css("--line");
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
      const source = document.getElementById(canvas.dataset.chart);
      if (!source) continue;
      const spec = JSON.parse(source.textContent);
      const datasets = spec.datasets.map((d, i) => {
        const colour = css(`--series-${i % 6}`);
        return {
          ...d,
          borderColor: colour,
          backgroundColor: colour,
          pointRadius: spec.labels.length > 30 ? 0 : 3,
          spanGaps: true,
          tension: 0,
        };
      });
      charts.push(
        new Chart(canvas, {
          type: spec.type,
          data: { labels: spec.labels, datasets },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: "index", intersect: false },
            plugins: { legend: { display: datasets.length > 1 } },
          },
        }),
      );
    }
  }

  function wireCompare() {
    const form = document.getElementById("compare-form");
    const button = document.getElementById("compare-button");
    if (!form || !button) return;
    const update = () => {
      const picked = form.querySelectorAll('input[name="run"]:checked').length;
      button.disabled = picked < 2;
      button.textContent = picked < 2 ? "Compare selected" : `Compare ${picked} runs`;
    };
    form.addEventListener("change", update);
    update();
  }

  draw();
  wireCompare();
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", draw);
})();
