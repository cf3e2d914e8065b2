import { LitElement, css, html, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';

/** A place on the map: the server sends only published places with coordinates. */
interface PlaceMarker {
  id: number;
  name: string;
  latitude: number;
  longitude: number;
}

/**
 * Meeting places on a Leaflet map. The list next to it is the accessible alternative; the map is a
 * labelled region, and each marker is a link-like button with the place's name.
 */
@customElement('places-map')
export class PlacesMap extends LitElement {
  static styles = [
    unsafeCSS(leafletCss),
    css`
      :host { display: block; }
      .map { height: var(--places-map-height, 22rem); width: 100%; border-radius: var(--lumo-border-radius-m, 4px); }
      .place-marker {
        width: 18px !important; height: 18px !important; margin: -9px 0 0 -9px !important;
        border-radius: 50%; background: #005a9c; border: 3px solid #fff; box-shadow: 0 0 0 1px #003a66;
      }
      .place-marker:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
      .leaflet-control-attribution a { color: #00457a; }
    `,
  ];

  @property({ attribute: false }) markers: PlaceMarker[] = [];
  @property({ type: String }) tileUrl = '';
  @property({ type: String }) attribution = '';
  @property({ type: String }) label = '';
  @property({ type: String }) zoomInLabel = '+';
  @property({ type: String }) zoomOutLabel = '-';

  private map?: L.Map;
  private layer?: L.LayerGroup;

  render() {
    return html`<div class="map" role="region" aria-label=${this.label}></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('.map') as HTMLElement;
    this.map = L.map(container, { zoomControl: false, scrollWheelZoom: false, attributionControl: false });
    L.control.zoom({ zoomInTitle: this.zoomInLabel, zoomOutTitle: this.zoomOutLabel }).addTo(this.map);
    L.control.attribution({ prefix: false }).addTo(this.map);
    L.tileLayer(this.tileUrl, { attribution: this.attribution, maxZoom: 18 }).addTo(this.map);
    this.layer = L.layerGroup().addTo(this.map);
    this.showMarkers();
    // the element may be laid out after Leaflet measured it
    new ResizeObserver(() => this.map?.invalidateSize()).observe(container);
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('markers') && this.map) {
      this.showMarkers();
    }
  }

  private select(id: number) {
    this.dispatchEvent(new CustomEvent('place-selected', { detail: { id } }));
  }

  private showMarkers() {
    if (!this.map || !this.layer) {
      return;
    }
    this.layer.clearLayers();
    const points: L.LatLngExpression[] = [];
    for (const m of this.markers) {
      const marker = L.marker([m.latitude, m.longitude], {
        title: m.name,
        keyboard: true,
        icon: L.divIcon({ className: 'place-marker', iconSize: [18, 18] }),
      });
      marker.on('click', () => this.select(m.id));
      // a focused marker is a button: Enter or Space opens the place
      marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          e.originalEvent.preventDefault();
          this.select(m.id);
        }
      });
      marker.addTo(this.layer);
      marker.getElement()?.setAttribute('aria-label', m.name);
      marker.getElement()?.setAttribute('data-place-id', String(m.id));
      points.push([m.latitude, m.longitude]);
    }
    if (points.length > 1) {
      this.map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15 });
    } else if (points.length === 1) {
      this.map.setView(points[0], 15);
    } else {
      this.map.setView([55.6, 13.0], 12);
    }
  }
}
